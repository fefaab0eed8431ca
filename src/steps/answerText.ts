import { isChoiceQuestion, type QuestionId } from "../flow/answers.ts";
import type { Locale } from "../i18n/locales.ts";
import type { MessageId, Translate } from "../i18n/useText.ts";
import { readableDate } from "../ui/readableDate.ts";

/** An answer as the summary shows it: the option's label, the day in the reader's language, the typed number, or "Not provided". */
export const answerText = (
  question: QuestionId,
  answer: string | undefined,
  t: Translate,
  locale: Locale,
) => {
  if (!answer) return t("summary.notProvided");
  if (question === "flightDate") return readableDate(answer, locale);
  return isChoiceQuestion(question) ? t(`${question}.option.${answer}` as MessageId) : answer;
};
