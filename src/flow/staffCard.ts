import type { Answers } from "./answers.ts";
import { type DocumentItem, documentsFor, type Visit } from "./documents.ts";
import { isDeceasedHoldersLine, showsStaffCard, someoneActsForTheHolder } from "./rules.ts";

/** One line of the Spanish card shown at the counter; the text of each is `staffCard.<line>` in the catalogs. */
export type StaffCardLine =
  | { id: "request" }
  | { id: "representative" }
  | { id: "changeHolder" }
  | { id: "line"; number: string }
  | { id: "proof" }
  | { id: "bring"; documents: DocumentItem[] };

/**
 * What the card says at one visit: what is asked for (an heir first asks for the change of holder; a representative
 * or someone in Peru says whom they act for), the line's number if typed, the proof asked for, and the papers for that visit.
 */
export const staffCardLines = (answers: Answers, visit: Visit = "cancellation"): StaffCardLine[] => [
  visit === "changeOfHolder" ? { id: "changeHolder" } : { id: "request" },
  ...(someoneActsForTheHolder(answers) ? [{ id: "representative" as const }] : []),
  ...(answers.lineNumber ? [{ id: "line" as const, number: answers.lineNumber }] : []),
  { id: "proof" },
  { id: "bring", documents: documentsFor(answers).filter((item) => item.visit === visit) },
];

/** The visits the user shows a card at: an heir's change of holder, and the cancellation when made at a store. */
export const staffCardVisits = (answers: Answers): Visit[] => [
  ...(isDeceasedHoldersLine(answers) ? ["changeOfHolder" as const] : []),
  ...(showsStaffCard(answers) ? ["cancellation" as const] : []),
];
