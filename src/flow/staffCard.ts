import type { Answers } from "./answers.ts";
import { type DocumentItem, documentsFor } from "./documents.ts";
import { isDeceasedHoldersLine, isSomeoneElsesLine } from "./rules.ts";

/** One line of the Spanish card shown at the counter; the text of each is `staffCard.<line>` in the catalogs. */
export type StaffCardLine =
  | { id: "request" }
  | { id: "representative" }
  | { id: "changeHolder" }
  | { id: "line"; number: string }
  | { id: "proof" }
  | { id: "bring"; documents: DocumentItem[] };

/**
 * What the card says for these answers: what is asked for (an heir first asks for the change of holder; a
 * representative says whom they act for), the line's number if typed, the proof asked for, the papers.
 */
export const staffCardLines = (answers: Answers): StaffCardLine[] => [
  ...(isDeceasedHoldersLine(answers) ? [{ id: "changeHolder" as const }] : [{ id: "request" as const }]),
  ...(isSomeoneElsesLine(answers) ? [{ id: "representative" as const }] : []),
  ...(answers.lineNumber ? [{ id: "line" as const, number: answers.lineNumber }] : []),
  { id: "proof" },
  { id: "bring", documents: documentsFor(answers) },
];
