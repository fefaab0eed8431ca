import type { Citation } from "../content/fact.ts";
import { rights } from "../content/rights.ts";
import type { Answers } from "./answers.ts";
import { type DocumentItem, documentsFor, isIdentityDocument, type Visit } from "./documents.ts";
import {
  chosePhone,
  hasDebt,
  isDeceasedHoldersLine,
  showsStaffCard,
  someoneActsForTheHolder,
} from "./rules.ts";

/** Where a card is shown: at a visit, or read out on the call to the carrier. */
export type CardOccasion = Visit | "call";

/** One line of the Spanish card shown at the counter; the text of each is `staffCard.<line>` in the catalogs. */
export type StaffCardLine =
  | { id: "request" }
  | { id: "callHolder"; document: DocumentItem }
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
export const staffCardLines = (answers: Answers, visit: CardOccasion = "cancellation"): StaffCardLine[] =>
  visit === "call" ? callLines(answers) : visitLines(answers, visit);

const visitLines = (answers: Answers, visit: Visit): StaffCardLine[] => [
  visit === "changeOfHolder" ? { id: "changeHolder" } : { id: "request" },
  ...(someoneActsForTheHolder(answers) ? [{ id: "representative" as const }] : []),
  ...(answers.lineNumber ? [{ id: "line" as const, number: answers.lineNumber }] : []),
  ...(visit === "cancellation" ? debtLines(answers) : []),
  proofLine,
  { id: "bring", documents: documentsFor(answers).filter((item) => item.visit === visit) },
];

/** Where there is a debt: that it is no reason to refuse, for the counter and the call alike. */
const debtLines = (answers: Answers): StaffCardLine[] =>
  hasDebt(answers) ? [{ id: "debtNoRefusal", backedBy: [rights.debtIsNoReasonToRefuse] }] : [];

const proofLine: StaffCardLine = { id: "proof", backedBy: [rights.proofOfRequest] };

/**
 * What to say on the call, in Spanish, with the person's language beside it: the request, the line, that the holder
 * is calling and with which document (whose number they read out), that a debt is no reason to refuse, and the code.
 */
function callLines(answers: Answers): StaffCardLine[] {
  const identity = documentsFor(answers).find(isIdentityDocument);
  return [
    { id: "request" },
    ...(answers.lineNumber ? [{ id: "line" as const, number: answers.lineNumber }] : []),
    ...(identity ? [{ id: "callHolder" as const, document: identity }] : []),
    ...debtLines(answers),
    proofLine,
  ];
}

/**
 * Where the user shows or reads a card: an heir's change of holder, the cancellation when made at a store, and the
 * call when the request is made by phone.
 */
export const staffCardVisits = (answers: Answers): CardOccasion[] => [
  ...(isDeceasedHoldersLine(answers) ? ["changeOfHolder" as const] : []),
  ...(showsStaffCard(answers) ? ["cancellation" as const] : []),
  ...(chosePhone(answers) ? ["call" as const] : []),
];
