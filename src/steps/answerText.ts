import { isChoiceQuestion, type QuestionId } from "../flow/answers.ts";
import type { MessageId, Translate } from "../i18n/useText.ts";

/** An answer as the summary shows it: the option's label, the typed number, or "Not provided". */
export const answerText = (question: QuestionId, answer: string | undefined, t: Translate) => {
  if (!answer) return t("summary.notProvided");
  return isChoiceQuestion(question) ? t(`${question}.option.${answer}` as MessageId) : answer;
};
