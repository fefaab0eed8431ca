import type { Answers, Channel, QuestionId } from "./answers.ts";
import { channels } from "./answers.ts";

/** Branching rules shared by the machine's guards, the document list and the plan. */

export const isLostOrStolen = (answers: Answers) =>
  answers.reason === "lostOrStolen" || answers.cardStatus === "lost" || answers.cardStatus === "stolen";

export const hasDebt = (answers: Answers) => answers.cardStatus === "suspendedForDebt";

export const hasReasonAdvice = (answers: Answers) =>
  answers.reason === "switchingCarrier" ||
  answers.reason === "tooExpensive" ||
  answers.reason === "leavingPeru";

export const isSomeoneElsesLine = (answers: Answers) => answers.holder === "someoneElse";

export const needsHolderAdvice = (answers: Answers) =>
  answers.holder === "someoneElse" || answers.holder === "deceased" || answers.holder === "notSure";

/** A representative may act only in person (never by phone), and a deceased holder's line needs heirs at a store. */
export function availableChannels(answers: Answers): readonly Channel[] {
  if (answers.holder === "someoneElse" || answers.holder === "deceased") return ["store"];
  return channels;
}

/** An answer given earlier may no longer fit after another answer changed (a channel a representative cannot use). */
export function hasUsableAnswer(question: QuestionId, answers: Answers): boolean {
  const answer = answers[question];
  if (answer === undefined) return false;
  return question !== "channel" || availableChannels(answers).includes(answer as Channel);
}
