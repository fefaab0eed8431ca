import { type Answers, isChoiceQuestion, optionsOf, type QuestionId } from "./answers.ts";
import { availableChannels } from "./rules.ts";
import { isAsked, questionIds } from "./steps.ts";

/** Which questions the flow asks for these answers, with which options, and whether an answer given still fits. */

/** The options a question offers for these answers: the channels open to this user, every option elsewhere. */
export function offeredOptions(question: QuestionId, answers: Answers): readonly string[] {
  if (question === "channel") return availableChannels(answers);
  if (question === "holder" && answers.reason === "holderDied") return ["deceased"];
  // Someone leaving Peru, or gone, is not staying in it.
  if (question === "whereabouts" && answers.reason === "leavingPeru") return ["leaving", "abroad"];
  return optionsOf(question) ?? [];
}

/** The questions the flow asks for these answers, in its order: the summary lists these, and only these. */
export const askedQuestions = (answers: Answers): QuestionId[] =>
  questionIds.filter((question) => isAsked(question, answers));

/**
 * An answer given earlier may no longer fit after another answer changed (a channel a representative cannot use).
 * A question the answers do not call for needs no answer.
 */
export function hasUsableAnswer(question: QuestionId, answers: Answers): boolean {
  if (!isAsked(question, answers)) return true;
  const answer = answers[question];
  if (answer === undefined) return false;
  return !isChoiceQuestion(question) || offeredOptions(question, answers).includes(answer);
}
