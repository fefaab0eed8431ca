import { afterRequest } from "../content/afterRequest.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import type { Fact, IsoDate } from "../content/fact.ts";
import type { IdentityDocument } from "./answerOptions.ts";
import type { Answers } from "./answers.ts";
import { type FollowUp, lineStillThere } from "./followUp.ts";
import { dueDateOf, latestDueDateOf } from "./requestDates.ts";
import { carrierAsksNotarisedPower, carrierWithFacts, isRepresentative } from "./rules.ts";
import { wayUpFor } from "./wayUp.ts";

export const letterIds = ["bajaRequest", "cartaPoder", "reclamo", "queja", "appeal"] as const;
export type LetterId = (typeof letterIds)[number];

/** The words for a document type in a letter ("identificado(a) con pasaporte N.° …"); unknown: "documento de identidad". */
const documentNames = {
  dni: "letters.document.dni",
  carneExtranjeria: "letters.document.carneExtranjeria",
  passport: "letters.document.passport",
  ptp: "letters.document.ptp",
  cpp: "letters.document.cpp",
  other: "letters.document.other",
} as const satisfies Record<IdentityDocument, string>;

const planNames = { prepaid: "letters.plan.prepaid", postpaid: "letters.plan.postpaid" } as const;

/** A word each language says its own way: the catalog message of a document type or a plan type. */
export type LetterOption =
  | (typeof documentNames)[IdentityDocument]
  | (typeof planNames)[keyof typeof planNames];

/** What fills a placeholder: typed text, a day, a count from a fact, a word to translate, or a blank left to fill by hand. */
export type LetterValue =
  | { text: string }
  | { day: IsoDate }
  | { count: number }
  | { option: LetterOption }
  | { blank: true }
  /** A blank with what goes in it, and where to find it (`letters.hint.<hint>`). */
  | { blank: true; hint: LetterHint }
  /** The later day the rule before the one in force would give, named beside the due date; nothing without one. */
  | { orLater: IsoDate | null };

/** What a blank may say goes in it. */
export const letterHints = ["legalName"] as const;
type LetterHint = (typeof letterHints)[number];

/** One line (paragraph) of a letter: the id of its catalog message ("letters.…") and its placeholders' values. */
export type LetterLine = { id: string; values: Record<string, LetterValue> };

const blank: LetterValue = { blank: true };
const given = (text: string | undefined): LetterValue => (text?.trim() ? { text: text.trim() } : blank);
const dayOrBlank = (day: IsoDate | undefined): LetterValue => (day ? { day } : blank);
const line = (id: LetterLine["id"], values: Record<string, LetterValue> = {}): LetterLine => ({ id, values });

/**
 * The request always; the carta poder for a representative; the way up once the line outlived its date, without the
 * queja once the carrier has answered the reclamo in time (a queja for silence would then fail).
 */
export const lettersFor = (answers: Answers, followUp: FollowUp): LetterId[] =>
  letterIds.filter((letter) => {
    if (letter === "bajaRequest") return true;
    if (letter === "cartaPoder") return isRepresentative(answers);
    if (letter === "queja" && wayUpFor(followUp).some(({ id, closed }) => id === "queja" && closed))
      return false;
    return lineStillThere(followUp);
  });

type Person = { name: LetterValue; document: LetterValue; number: LetterValue };

/** The legal name the letters are addressed to, where the sources give the carrier's. */
export function legalNameOf(answers: Answers): Fact | null {
  const carrier = carrierWithFacts(answers);
  return carrier ? carrierFacts[carrier].legalName : null;
}

/**
 * Everything the letters fill in, from the answers and the follow-up. The document type answered is the holder's
 * own, or, for a representative, the representative's: the holder's is then a blank to fill in. The carrier's legal
 * name (razón social) where the sources give it; otherwise a blank that says what goes there.
 */
function letterData(answers: Answers, { request, escalation, letterDetails: details }: FollowUp) {
  const representative = isRepresentative(answers);
  const ownDocument: LetterValue = { option: documentNames[answers.identityDocument ?? "other"] };
  const carrier = carrierWithFacts(answers);
  const legalName = legalNameOf(answers);
  const plan = answers.planType === "prepaid" || answers.planType === "postpaid" ? answers.planType : null;
  const holder: Person = {
    name: given(details.holderName),
    document: representative ? blank : ownDocument,
    number: given(details.holderDocumentNumber),
  };
  const proxy: Person = {
    name: given(details.representativeName),
    document: ownDocument,
    number: given(details.representativeDocumentNumber),
  };
  return {
    representative,
    holder,
    proxy,
    /** Who signs what the user files: the representative, for a holder they act for. */
    signatory: representative ? proxy : holder,
    carrier: carrier ? { text: carrierFacts[carrier].name } : blank,
    legalName: legalName ? { text: String(legalName.value) } : ({ blank: true, hint: "legalName" } as const),
    line: given(answers.lineNumber),
    plan: plan ? { option: planNames[plan] } : blank,
    email: given(details.email),
    requestDate: dayOrBlank(request?.date),
    chosenDate: request?.chosenDate ? { day: request.chosenDate } : null,
    code: given(request?.code),
    // What the rule in force gives is claimed, with the later day as the fallback in the same sentence: claiming only
    // the later day would give up the days between them.
    dueDate: request ? { day: dueDateOf(request) } : blank,
    orLater: {
      orLater: request && latestDueDateOf(request) > dueDateOf(request) ? latestDueDateOf(request) : null,
    },
    reclamoDate: dayOrBlank(escalation.reclamoDate),
    reclamoCode: given(escalation.reclamoCode),
    answerDate: dayOrBlank(escalation.answerDate),
  };
}

type LetterData = ReturnType<typeof letterData>;

const personValues = ({ name, document, number }: Person) => ({ name, document, number });

/** The letter's opening: the addressee and who writes, as the holder or for them. */
const opening = (data: LetterData, date: LetterValue, subject: LetterLine): LetterLine[] => [
  line("letters.common.placeAndDate", { place: blank, date }),
  line("letters.common.addressee", { carrier: data.carrier, legalName: data.legalName }),
  subject,
  line("letters.common.greeting"),
  data.representative
    ? line("letters.common.representativeIntro", {
        ...personValues(data.proxy),
        holderName: data.holder.name,
        holderDocument: data.holder.document,
        holderNumber: data.holder.number,
        line: data.line,
        plan: data.plan,
      })
    : line("letters.common.holderIntro", { ...personValues(data.holder), line: data.line, plan: data.plan }),
];

/** The letter's close: where the answer goes, what is attached, and the signature. */
const closing = (data: LetterData, attachments: LetterLine): LetterLine[] => [
  line("letters.common.notify", { email: data.email }),
  attachments,
  ...(data.representative ? [line("letters.common.attachPower")] : []),
  line("letters.common.closing"),
  line("letters.common.signature", personValues(data.signatory)),
];

/** The reclamo as the queja and the appeal recall it. */
const reclamoFiled = (data: LetterData) =>
  line("letters.common.reclamoFiled", {
    reclamoDate: data.reclamoDate,
    reclamoCode: data.reclamoCode,
    line: data.line,
    requestDate: data.requestDate,
    code: data.code,
  });

/** No reason is given: the law asks for none. The written request is the request recorded, if there is one. */
const bajaRequest = (data: LetterData): LetterLine[] => [
  ...opening(data, data.requestDate, line("letters.bajaRequest.subject")),
  line("letters.bajaRequest.request", { line: data.line }),
  data.chosenDate
    ? line("letters.bajaRequest.whenChosen", { chosenDate: data.chosenDate })
    : line("letters.bajaRequest.whenByRule"),
  line("letters.bajaRequest.proof"),
  line("letters.bajaRequest.chargesAfter"),
  ...closing(data, line("letters.bajaRequest.attachIdentity")),
];

/** Powers limited to this baja and what may follow it; the date is left to fill, as Bitel checks the power's age. */
const cartaPoder = (data: LetterData, notarised: boolean): LetterLine[] => [
  line("letters.common.placeAndDate", { place: blank, date: blank }),
  line("letters.common.addressee", { carrier: data.carrier, legalName: data.legalName }),
  line("letters.cartaPoder.grant", {
    address: blank,
    holderName: data.holder.name,
    holderDocument: data.holder.document,
    holderNumber: data.holder.number,
    line: data.line,
    plan: data.plan,
    ...personValues(data.proxy),
    carrier: data.carrier,
  }),
  line("letters.cartaPoder.powerBaja"),
  line("letters.cartaPoder.powerProof"),
  line("letters.cartaPoder.powerClaims"),
  line("letters.cartaPoder.limit", { until: blank }),
  line("letters.cartaPoder.attachments"),
  line("letters.cartaPoder.holderSignature", personValues(data.holder)),
  line("letters.cartaPoder.representativeSignature", personValues(data.proxy)),
  ...(notarised ? [line("letters.cartaPoder.notary")] : []),
];

/** The matter is the request not attended to; and, for a line still billed, the charges after its date. */
const reclamo = (data: LetterData, billed: boolean): LetterLine[] => [
  ...opening(
    data,
    data.reclamoDate,
    line(billed ? "letters.reclamo.subjectBilled" : "letters.reclamo.subject"),
  ),
  line("letters.reclamo.request", { requestDate: data.requestDate, line: data.line, code: data.code }),
  line(billed ? "letters.reclamo.stillBilled" : "letters.reclamo.notDone", {
    dueDate: data.dueDate,
    orLater: data.orLater,
  }),
  line(billed ? "letters.reclamo.matterBilled" : "letters.reclamo.matter"),
  ...(billed ? [line("letters.reclamo.bill", { billNumber: blank, billDate: blank, amount: blank })] : []),
  line(billed ? "letters.reclamo.askBilled" : "letters.reclamo.ask", {
    dueDate: data.dueDate,
    orLater: data.orLater,
  }),
  line("letters.reclamo.code"),
  ...closing(data, line("letters.reclamo.attachments")),
];

/** Silencio administrativo positivo: for a reclamo the carrier left unanswered past its time. */
const queja = (data: LetterData): LetterLine[] => [
  ...opening(data, blank, line("letters.queja.subject")),
  reclamoFiled(data),
  "blank" in data.answerDate
    ? line("letters.queja.noAnswer")
    : line("letters.queja.lateAnswer", { answerDate: data.answerDate }),
  line("letters.queja.ask"),
  line("letters.common.elevate"),
  ...closing(data, line("letters.queja.attachments")),
];

/** Filed at the carrier, for OSIPTEL's tribunal, against the carrier's answer to the reclamo. */
const appeal = (data: LetterData): LetterLine[] => [
  ...opening(data, blank, line("letters.appeal.subject")),
  reclamoFiled(data),
  line("letters.appeal.answer", { answerDate: data.answerDate, answerNumber: blank, issuedOn: blank }),
  line("letters.appeal.inTime", { days: { count: Number(afterRequest.appealDays.value) } }),
  line("letters.appeal.grounds", {
    requestDate: data.requestDate,
    dueDate: data.dueDate,
    orLater: data.orLater,
  }),
  line("letters.appeal.moreGrounds", { more: blank }),
  line("letters.appeal.ask", { dueDate: data.dueDate, orLater: data.orLater }),
  line("letters.common.elevate"),
  ...closing(data, line("letters.appeal.attachments")),
];

/** A letter's lines, filled from the answers and the follow-up; what is not known stays a blank. */
export function letterLines(letter: LetterId, answers: Answers, followUp: FollowUp): LetterLine[] {
  const data = letterData(answers, followUp);
  switch (letter) {
    case "bajaRequest":
      return bajaRequest(data);
    case "cartaPoder":
      return cartaPoder(data, carrierAsksNotarisedPower(answers));
    case "reclamo":
      return reclamo(data, followUp.lineCheck === "stillBilled");
    case "queja":
      return queja(data);
    case "appeal":
      return appeal(data);
  }
}
