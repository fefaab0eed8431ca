import { fileNameFor } from "../../content/appIdentity.ts";
import type { Basis } from "../../content/basis.ts";
import type { IsoDate } from "../../content/fact.ts";
import type { Answers } from "../../flow/answers.ts";
import type { FollowUp } from "../../flow/followUp.ts";
import { planSummaryFor } from "../../flow/planSummary.ts";
import { recordLinesFor } from "../../flow/requestRecord.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { MessageId, Translate } from "../../i18n/useText.ts";
import { afterLabel, citationAsText } from "../../ui/citationText.ts";
import { answerText } from "../answerText.ts";
import { carrierContactText } from "../carrierContactText.ts";
import { documentLabel, documentReason } from "../documentItemText.ts";
import { staffCardLineText, staffCardTitles } from "../StaffCardForAnswers.tsx";
import { osiptelContactsText, wayUpSteps, wayUpTimesNote } from "../wayUpSteps.ts";
import { planActionText, recordLineText, shortAnswerText } from "./planActionText.ts";

export const planFileName = fileNameFor("plan", "txt");

type PlanTextOptions = {
  t: Translate;
  /** What the person recorded after the request, written after the plan. */
  followUp: FollowUp;
  /** The Spanish catalog, for the card shown at the counter; null while it loads. */
  spanish: Translate | null;
  locale: Locale;
  today: IsoDate;
};

/** A statement as text: our advice says so first; a fact carries its sources on the next line. */
function statementText(text: string, basis: Basis, indent: string, { t, locale }: PlanTextOptions): string {
  if (basis.kind === "advice") return afterLabel(t("source.advice"), text);
  if (basis.kind === "app" || basis.kind === "notInSources") return text;
  return `${text}\n${indent}${citationAsText(basis.facts, t, locale)}`;
}

/** A titled, underlined block of lines; nothing when there are no lines. */
const section = (title: string, lines: string[]) =>
  lines.length === 0 ? [] : [title, "=".repeat(title.length), "", ...lines, ""];

/**
 * The summary as a plain-text file in the user's language, which any phone opens without the app: the plan in
 * order and the documents, each with what it rests on (every source's address in full), the card for the counter
 * in Spanish beside the user's language, and the answers.
 */
export function planAsText(answers: Answers, ticks: readonly string[], options: PlanTextOptions): string {
  const { t, spanish, today } = options;
  const summary = planSummaryFor(answers, today);
  const shortAnswer = summary.shortAnswer.map((part) =>
    statementText(shortAnswerText(part, t, options.locale), part.basis, "", options),
  );
  const plan = summary.actions.map(
    (action, index) =>
      `${index + 1}. ${statementText(planActionText(action, t, options.locale), action.basis, "   ", options)}`,
  );
  const records = recordLinesFor(options.followUp).map((line) =>
    statementText(recordLineText(line, t, options.locale), line.basis, "  ", options),
  );
  const documents = summary.documents.map(
    (item) =>
      `[${ticks.includes(item.id) ? "x" : " "}] ${documentLabel(item, t)}\n    ${statementText(documentReason(item, t), item.basis, "    ", options)}`,
  );
  const cards = spanish
    ? summary.staffCards.flatMap(({ visit, lines }) =>
        section(
          spanish(staffCardTitles[visit]),
          lines.map(
            (line) =>
              `${staffCardLineText(line, spanish)}\n  (${staffCardLineText(line, t)})${"backedBy" in line ? `\n  ${citationAsText(line.backedBy, t, options.locale)}` : ""}`,
          ),
        ),
      )
    : [];
  const contact = carrierContactText(answers, t);
  const timesNote = wayUpTimesNote(t);
  const wayUp = [
    ...wayUpSteps(t).map(
      ({ id, text, basis }, index) =>
        `${index + 1}. ${statementText(id === "quieroSalirme" ? `${text} ${osiptelContactsText()}` : text, basis, "   ", options)}`,
    ),
    statementText(timesNote.text, timesNote.basis, "", options),
  ];
  const answerLines = summary.answers.map(
    ({ question, answer }) =>
      `- ${t(`summary.question.${question}` as MessageId)}: ${answerText(question, answer, t, options.locale)}`,
  );
  return [
    `${t("app.name")}: ${t("summary.title")}`,
    "",
    ...section(t("short.title"), shortAnswer),
    ...section(t("summary.planTitle"), plan),
    ...section(
      t("record.title"),
      records.map((line) => `- ${line}`),
    ),
    ...section(t("summary.documentsTitle"), documents),
    ...cards,
    ...section(contact.title, contact.lines),
    ...section(t("wayUp.title"), wayUp),
    ...section(t("summary.answersTitle"), answerLines),
  ].join("\n");
}
