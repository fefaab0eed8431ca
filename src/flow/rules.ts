import { isKnownCarrier, type KnownCarrier } from "../content/carriers/index.ts";
import { type Channel, channels } from "./answerOptions.ts";
import { type Answers, isChoiceQuestion, optionsOf, type QuestionId } from "./answers.ts";
import type { ShownWhen } from "./steps.ts";

/** Every choice made from the answers, named: pages, the plan, the document list and the downloaded plan use these. */

export const isLostOrStolen = (answers: Answers) =>
  answers.reason === "lostOrStolen" || answers.cardStatus === "lost" || answers.cardStatus === "stolen";

export const hasDebt = (answers: Answers) => answers.cardStatus === "suspendedForDebt";

/** A damaged SIM gets advice of its own: nothing may count on it receiving a code. */
export const hasDamagedSim = (answers: Answers) => answers.cardStatus === "damaged";

/** The old SIM is at hand and can still receive a code: not lost, not stolen, not damaged. */
export const simStillWorks = (answers: Answers) =>
  !isLostOrStolen(answers) && answers.cardStatus !== "damaged";

/** A theft is reported to the police; a loss, a damaged card or an unspecified "lost or stolen" is not. */
export const mustReportToPolice = (answers: Answers) => answers.cardStatus === "stolen";

export const reasonsWithAdvice = ["switchingCarrier", "tooExpensive", "leavingPeru"] as const;

export type ReasonAdvice = (typeof reasonsWithAdvice)[number];

/** The alternative to a cancellation that may serve the user's reason better, if there is one. */
export const reasonAdviceFor = (answers: Answers): ReasonAdvice | null =>
  reasonsWithAdvice.find((reason) => reason === answers.reason) ?? null;

/** The advice the reason's page shows: the flow stops there only when one applies, so the fallback is never seen. */
export const reasonAdviceShown = (answers: Answers): ReasonAdvice =>
  reasonAdviceFor(answers) ?? "leavingPeru";

export const holdersWithAdvice = ["someoneElse", "deceased", "notSure"] as const;

export type HolderAdvice = (typeof holdersWithAdvice)[number];

/** What must happen before a cancellation when the line may not be the user's own. */
export const holderAdviceFor = (answers: Answers): HolderAdvice | null =>
  holdersWithAdvice.find((holder) => holder === answers.holder) ?? null;

/** The advice the holder's page shows; as for the reason's, the fallback is never seen. */
export const holderAdviceShown = (answers: Answers): HolderAdvice =>
  holderAdviceFor(answers) ?? "someoneElse";

export const isSomeoneElsesLine = (answers: Answers) => answers.holder === "someoneElse";

export const isDeceasedHoldersLine = (answers: Answers) => answers.holder === "deceased";

/** Bitel asks a representative for a notarised carta poder; other carriers say nothing the research found. */
export const representativeNeedsNotary = (answers: Answers) =>
  isSomeoneElsesLine(answers) && answers.carrier === "bitel";

/** Whether a question's answer is "not sure", which "Checa tus líneas" can settle. */
export const isUnsure = (answers: Answers, question: "planType" | "carrier" | "holder") =>
  answers[question] === "notSure";

/** A representative may act only in person (never by phone), and a deceased holder's line needs heirs at a store. */
export function availableChannels(answers: Answers): readonly Channel[] {
  if (isSomeoneElsesLine(answers) || isDeceasedHoldersLine(answers)) return ["store"];
  return channels;
}

/** The options a question offers for these answers: the channels open to this user, every option elsewhere. */
export const offeredOptions = (question: QuestionId, answers: Answers): readonly string[] =>
  question === "channel" ? availableChannels(answers) : (optionsOf(question) ?? []);

export const mustGoInPerson = (answers: Answers) => availableChannels(answers).length === 1;

/** An answer given earlier may no longer fit after another answer changed (a channel a representative cannot use). */
export function hasUsableAnswer(question: QuestionId, answers: Answers): boolean {
  const answer = answers[question];
  if (answer === undefined) return false;
  return !isChoiceQuestion(question) || offeredOptions(question, answers).includes(answer);
}

/** The carrier whose facts the app has, or null for "another" or "not sure". */
export const carrierWithFacts = (answers: Answers): KnownCarrier | null =>
  isKnownCarrier(answers.carrier) ? answers.carrier : null;

/** Claro's note on replacement chips applies to a Claro line, or to one whose carrier is not asked yet. */
export const mayBeClaroLine = (answers: Answers) =>
  answers.carrier === undefined || answers.carrier === "claro";

export const isPrepaid = (answers: Answers) => answers.planType === "prepaid";

export const isPostpaid = (answers: Answers) => answers.planType === "postpaid";

export type BalanceTopic = "prepaidBalance" | "postpaidBill" | "debt";

/** What the balance page speaks of: both kinds of line when the plan type is not known. */
export const balanceTopics = (answers: Answers): BalanceTopic[] => [
  ...(isPostpaid(answers) ? [] : ["prepaidBalance" as const]),
  ...(isPrepaid(answers) ? [] : ["postpaidBill" as const]),
  ...(hasDebt(answers) ? ["debt" as const] : []),
];

const choseStore = (answers: Answers) => answers.channel === "store";

/** The Spanish card for the counter is part of the plan when the user goes to a store. */
export const showsStaffCard = choseStore;

/** The conditions under which the flow stops at a step (the step table's `shownWhen`), by name. */
export const shownWhen = {
  needsReasonAdvice: (answers) => reasonAdviceFor(answers) !== null,
  isLostOrStolen,
  hasDamagedSim,
  hasDebt,
  needsHolderAdvice: (answers) => holderAdviceFor(answers) !== null,
  choseStore,
  chosePhone: (answers) => answers.channel === "phone",
} satisfies Record<ShownWhen, (answers: Answers) => boolean>;
