import { fileNameFor } from "../../content/appIdentity.ts";
import { type Basis, ourAdvice } from "../../content/basis.ts";
import type { Citation, IsoDate, Source } from "../../content/fact.ts";
import type { Answers } from "../../flow/answers.ts";
import type { FollowUp } from "../../flow/followUp.ts";
import { lineFileTag } from "../../flow/lines.ts";
import { planSummaryFor } from "../../flow/planSummary.ts";
import { recordLinesFor } from "../../flow/requestRecord.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { MessageId, Translate } from "../../i18n/useText.ts";
import { afterLabel, cardBackingWords, distinctSources, kindOf } from "../../ui/citationText.ts";
import { noteNumbering, notesText } from "../../ui/sourceNotes.ts";
import { answerText } from "../answerText.ts";
import { carrierContactText } from "../carrierContactText.ts";
import { documentLabel, documentReason } from "../documentItemText.ts";
import { staffCardLineText, staffCardTitles } from "../StaffCardForAnswers.tsx";
import { osiptelContactsText, wayUpSteps, wayUpTimesNote } from "../wayUpSteps.ts";
import { planActionText, recordLineText, shortAnswerText } from "./planActionText.ts";

/** The plan's file, named after its line, so that each line's plan is told apart among the downloads. */
export const planFileName = (answers: Answers) => fileNameFor(`plan-${lineFileTag(answers)}`, "txt");

type PlanTextOptions = {
  t: Translate;
  /** What the person recorded after the request, written after the plan. */
  followUp: FollowUp;
  /** The Spanish catalog, for the card shown at the counter; null while it loads. */
  spanish: Translate | null;
  locale: Locale;
  today: IsoDate;
  /** The person's other lines, each named with where it stands, and what the lines share (our advice). */
  otherLines: { standings: string[]; sharedTrips: string[] };
};

/** A note's number as the page shows it: "[2]". */
const noteMark = (number: number) => `[${number}]`;

/** The file's notes, numbered as its lines cite them. */
type Notes = ReturnType<typeof noteNumbering>;

/** A statement as text: our advice says so first; a fact ends with the number of its note. */
function statementText(text: string, basis: Basis, notes: Notes, t: Translate): string {
  if (basis.kind === "advice") return afterLabel(t("source.advice"), text);
  if (basis.kind === "app" || basis.kind === "notInSources") return text;
  return `${text} ${noteMark(notes.numberFor(basis.facts))}`;
}

/** A source as the file gives it: its full address, which any phone opens, and its kind. */
const sourceAddress = (source: Source, t: Translate) => `${source.url} (${kindOf(source, t)})`;

/** The list of notes at the end of the file: each source's full address and kind, then the note's remarks. */
function notesSection(notes: Notes, { t, locale }: PlanTextOptions): string[] {
  return notesText(notes.notes, t, locale).map(({ number, sources, remarks }) => {
    const addresses = sources.map((source) => sourceAddress(source, t)).join(", ");
    return [`${noteMark(number)} ${addresses}`, ...remarks].join(" · ");
  });
}

/** What backs a line of the card, in Spanish under it, with the full addresses: the clerk reads it on the card. */
function cardBackingText(citations: readonly Citation[], spanish: Translate): string {
  const addresses = distinctSources(citations).map((source) => sourceAddress(source, spanish));
  return afterLabel(
    spanish("source.backing"),
    [...cardBackingWords(citations, spanish), ...addresses].join(" · "),
  );
}

/** A titled, underlined block of lines; nothing when there are no lines. */
const section = (title: string, lines: string[]) =>
  lines.length === 0 ? [] : [title, "=".repeat(title.length), "", ...lines, ""];

/**
 * The summary as a plain-text file in the user's language, which any phone opens without the app: the plan in
 * order and the documents, each fact with the number of its note, the card for the counter in Spanish beside the
 * user's language, the answers, and the notes (every source's address in full).
 */
export function planAsText(answers: Answers, ticks: readonly string[], options: PlanTextOptions): string {
  const { t, spanish, today, locale } = options;
  const summary = planSummaryFor(answers, today);
  const notes = noteNumbering();
  const stated = (text: string, basis: Basis) => statementText(text, basis, notes, t);
  const shortAnswer = summary.shortAnswer.map((part) => stated(shortAnswerText(part, t, locale), part.basis));
  const plan = summary.actions.map(
    (action, index) => `${index + 1}. ${stated(planActionText(action, t, locale), action.basis)}`,
  );
  const records = recordLinesFor(options.followUp).map((line) =>
    stated(recordLineText(line, t, locale), line.basis),
  );
  const documents = summary.documents.map(
    (item) =>
      `[${ticks.includes(item.id) ? "x" : " "}] ${documentLabel(item, t)}\n    ${stated(documentReason(item, t), item.basis)}`,
  );
  const cards = spanish
    ? summary.staffCards.flatMap(({ visit, lines }) =>
        section(
          spanish(staffCardTitles[visit]),
          lines.map(
            (line) =>
              `${staffCardLineText(line, spanish)}\n  (${staffCardLineText(line, t)})${"backedBy" in line ? `\n  ${cardBackingText(line.backedBy, spanish)}` : ""}`,
          ),
        ),
      )
    : [];
  const contact = carrierContactText(answers, t);
  const timesNote = wayUpTimesNote(t);
  const wayUp = [
    ...wayUpSteps(t).map(
      ({ id, text, basis }, index) =>
        `${index + 1}. ${stated(id === "quieroSalirme" ? `${text} ${osiptelContactsText()}` : text, basis)}`,
    ),
    stated(timesNote.text, timesNote.basis),
  ];
  const answerLines = summary.answers.map(
    ({ question, answer }) =>
      `- ${t(`summary.question.${question}` as MessageId)}: ${answerText(question, answer, t, locale)}`,
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
    ...section(t("lines.title"), [
      ...options.otherLines.standings.map((standing) => `- ${standing}`),
      ...options.otherLines.sharedTrips.map((trip) => stated(trip, ourAdvice)),
    ]),
    ...section(t("source.list"), notesSection(notes, options)),
  ].join("\n");
}
