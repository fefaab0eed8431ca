import type { Answers } from "./answers.ts";
import { type DocumentId, documentsFor } from "./documents.ts";

/** One line of the Spanish card shown at the counter; the text of each is `staffCard.<line>` in the catalogs. */
export type StaffCardLine =
  | { id: "request" }
  | { id: "line"; number: string }
  | { id: "proof" }
  | { id: "bring"; documents: DocumentId[] };

/** What the card says for these answers: the request, the line's number if typed, the proof asked for, the papers. */
export const staffCardLines = (answers: Answers): StaffCardLine[] => [
  { id: "request" },
  ...(answers.lineNumber ? [{ id: "line" as const, number: answers.lineNumber }] : []),
  { id: "proof" },
  { id: "bring", documents: documentsFor(answers).map(({ id }) => id) },
];
