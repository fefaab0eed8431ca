import { fileNameFor } from "../../content/appIdentity.ts";
import type { Basis } from "../../content/basis.ts";
import type { IsoDate } from "../../content/fact.ts";
import type { Answers } from "../../flow/answers.ts";
import { documentsFor } from "../../flow/documents.ts";
import { planFor } from "../../flow/plan.ts";
import { showsStaffCard } from "../../flow/rules.ts";
import { staffCardLines } from "../../flow/staffCard.ts";
import { questionIds } from "../../flow/steps.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { MessageId, Translate } from "../../i18n/useText.ts";
import { afterLabel, citationAsText } from "../../ui/citationText.ts";
import { answerText } from "../answerText.ts";
import { documentLabel, documentReason } from "../documentItemText.ts";
import { staffCardLineText } from "../StaffCardForAnswers.tsx";

export const planFileName = fileNameFor("plan", "txt");

type PlanTextOptions = {
  t: Translate;
  /** The Spanish catalog, for the card shown at the counter; null while it loads. */
  spanish: Translate | null;
  locale: Locale;
  today: IsoDate;
};

/** A statement as text: our advice says so first; a fact carries its sources on the next line. */
function statementText(text: string, basis: Basis, indent: string, { t, locale }: PlanTextOptions): string {
  if (basis.kind === "advice") return afterLabel(t("source.advice"), text);
  if (basis.kind === "app") return text;
  return `${text}\n${indent}${citationAsText(basis.facts, t, locale)}`;
}

/**
 * The summary as a plain-text file in the user's language, which any phone opens without the app: the plan in
 * order and the documents, each with what it rests on (every source's address in full), the card for the counter
 * in Spanish beside the user's language, and the answers.
 */
export function planAsText(answers: Answers, ticks: readonly string[], options: PlanTextOptions): string {
  const { t, spanish, today } = options;
  const plan = planFor(answers, today).map(
    ({ id, basis, values }, index) =>
      `${index + 1}. ${statementText(t(`plan.${id}` as MessageId, values), basis, "   ", options)}`,
  );
  const documents = documentsFor(answers).map(
    (item) =>
      `[${ticks.includes(item.id) ? "x" : " "}] ${documentLabel(item, t)}\n    ${statementText(documentReason(item, t), item.basis, "    ", options)}`,
  );
  const card =
    spanish && showsStaffCard(answers)
      ? staffCardLines(answers).map(
          (line) => `${staffCardLineText(line, spanish)}\n  (${staffCardLineText(line, t)})`,
        )
      : [];
  const answerLines = questionIds.map(
    (question) =>
      `- ${t(`summary.question.${question}` as MessageId)}: ${answerText(question, answers[question], t)}`,
  );
  const section = (title: string, lines: string[]) =>
    lines.length === 0 ? [] : [title, "=".repeat(title.length), "", ...lines, ""];
  return [
    `${t("app.name")}: ${t("summary.title")}`,
    "",
    ...section(t("summary.planTitle"), plan),
    ...section(t("summary.documentsTitle"), documents),
    ...(spanish ? section(spanish("staffCard.title"), card) : []),
    ...section(t("summary.answersTitle"), answerLines),
  ].join("\n");
}
