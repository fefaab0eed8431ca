import type { QuestionId } from "../flow/answers.ts";
import type { MessageId, Translate } from "../i18n/useText.ts";

/** An answer as the summary shows it: the option's label, the typed number, or "Not provided". */
export const answerText = (question: QuestionId, answer: string | undefined, t: Translate) => {
  if (!answer) return t("summary.notProvided");
  return question === "lineNumber" ? answer : t(`${question}.option.${answer}` as MessageId);
};
