import type { Citation } from "../content/fact.ts";
import { rights } from "../content/rights.ts";
import type { Answers } from "./answers.ts";
import { type DocumentItem, documentsFor, type Visit } from "./documents.ts";
import { hasDebt, isDeceasedHoldersLine, showsStaffCard, someoneActsForTheHolder } from "./rules.ts";

/** One line of the Spanish card shown at the counter; the text of each is `staffCard.<line>` in the catalogs. */
export type StaffCardLine =
  | { id: "request" }
  | { id: "representative" }
  | { id: "changeHolder" }
  | { id: "line"; number: string }
  | { id: "proof"; backedBy: Backing }
  | { id: "debtNoRefusal"; backedBy: Backing }
  | { id: "bring"; documents: DocumentItem[] };

/** The facts a line rests on, shown under it: where a clerk may push back, the person can show why not. */
type Backing = readonly [Citation, ...Citation[]];

/**
 * What the card says at one visit: what is asked for (an heir first asks for the change of holder; a representative
 * or someone in Peru says whom they act for), the line's number if typed, that a debt is no reason to refuse, the
 * proof asked for, and the papers for that visit.
 */
export const staffCardLines = (answers: Answers, visit: Visit = "cancellation"): StaffCardLine[] => [
  visit === "changeOfHolder" ? { id: "changeHolder" } : { id: "request" },
  ...(someoneActsForTheHolder(answers) ? [{ id: "representative" as const }] : []),
  ...(answers.lineNumber ? [{ id: "line" as const, number: answers.lineNumber }] : []),
  ...(hasDebt(answers) && visit === "cancellation"
    ? [{ id: "debtNoRefusal" as const, backedBy: [rights.debtIsNoReasonToRefuse] as const }]
    : []),
  { id: "proof", backedBy: [rights.proofOfRequest] },
  { id: "bring", documents: documentsFor(answers).filter((item) => item.visit === visit) },
];

/** The visits the user shows a card at: an heir's change of holder, and the cancellation when made at a store. */
export const staffCardVisits = (answers: Answers): Visit[] => [
  ...(isDeceasedHoldersLine(answers) ? ["changeOfHolder" as const] : []),
  ...(showsStaffCard(answers) ? ["cancellation" as const] : []),
];
