import { type Basis, basedOn, notInOurSources, ourAdvice } from "../content/basis.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import { fromAbroad } from "../content/fromAbroad.ts";
import { lossAndTheft } from "../content/lossAndTheft.ts";
import { appNeedsTheLine, deceasedHolderChange, representation } from "../content/rights.ts";
import { type Answers, type Because, because, type QuestionId } from "./answers.ts";
import {
  asksInPerson,
  carrierAsksNotarisedPower,
  choseSomeoneInPeru,
  isDeceasedHoldersLine,
  isLostOrStolen,
  isPostpaid,
  isRepresentative,
  mustReportToPolice,
  simStillWorks,
  someoneActsForTheHolder,
} from "./rules.ts";

export type DocumentId =
  | "dni"
  | "carneExtranjeria"
  | "passport"
  | "ptp"
  | "cpp"
  | "otherIdentityDocument"
  | "sameIdentityDocument"
  | "representativeIdentityCopy"
  | "holderIdentityCopy"
  | "notarisedPowerOfAttorney"
  | "powerOfAttorneyAskCarrier"
  | "powerSignedAbroad"
  | "deceasedHolderIdentity"
  | "deathCertificate"
  | "blockingCode"
  | "policeReport"
  | "contractOrBill"
  | "simCard"
  | "phoneWithTheLine";

/** Why an item is on the list (`documents.why.<reason>` in the catalogs). */
export type DocumentReason =
  | "identityCopy"
  | "identityAskCarrier"
  | "identityAtHand"
  | "sameIdentityDocument"
  | "bitelRepresentative"
  | "powerOfAttorneyAskCarrier"
  | "signedAbroadAskCarrier"
  | "changeOfHolder"
  | "blockingCode"
  | "policeReport"
  | "contractOrBill"
  | "simCard"
  | "phoneWithTheLine";

/** An heir goes twice: first for the change of holder, then, once the line is theirs, for the cancellation. */
export type Visit = "changeOfHolder" | "cancellation";

export type DocumentItem = {
  id: DocumentId;
  visit: Visit;
  because: Because[];
  why: DocumentReason;
  basis: Basis;
  /** The figures its label quotes, and for an identity document whether it is shown in person. */
  values?: Record<string, number | string>;
};

const identityDocumentItems = {
  dni: "dni",
  carneExtranjeria: "carneExtranjeria",
  passport: "passport",
  ptp: "ptp",
  cpp: "cpp",
  other: "otherIdentityDocument",
} as const satisfies Record<NonNullable<Answers["identityDocument"]>, DocumentId>;

/** A carta poder signed abroad, at a consulate or with an apostille, for someone in Peru to act on. */
export const powerSignedAbroadBasis = basedOn(
  fromAbroad.consularSignature,
  fromAbroad.apostille,
  representation.representativeMayAct,
);

const identityDocumentIds: ReadonlySet<DocumentId> = new Set(Object.values(identityDocumentItems));

/** The person's own identity document, as the list names it (what a call gives the number of). */
export const isIdentityDocument = (item: DocumentItem) => identityDocumentIds.has(item.id);

/** Documents Peruvian counters see every day; for the others the research does not say which each carrier takes. */
const everydayIdentityDocuments = new Set(["dni", "carneExtranjeria"]);

/** The personalised list of what to bring or have at hand, each item with the answers that put it there. */
export function documentsFor(answers: Answers): DocumentItem[] {
  const items: DocumentItem[] = [];
  const heir = isDeceasedHoldersLine(answers);
  // For an heir, what is listed first is for the change of holder; what follows, for the cancellation.
  let visit: Visit = heir ? "changeOfHolder" : "cancellation";
  const add = (item: Omit<DocumentItem, "because" | "visit">, ...questions: QuestionId[]) =>
    items.push({ ...item, visit, because: because(answers, ...questions) });

  // Someone in Peru takes a copy of the holder's document instead (below).
  if (answers.identityDocument && !choseSomeoneInPeru(answers)) {
    const everyday = everydayIdentityDocuments.has(answers.identityDocument);
    // A call, the app or OSIPTEL's form needs the document's details at hand, not a photocopy; an heir's first visit
    // is in person.
    const inPerson = heir || asksInPerson(answers);
    add(
      {
        id: identityDocumentItems[answers.identityDocument],
        why: !everyday ? "identityAskCarrier" : inPerson ? "identityCopy" : "identityAtHand",
        basis: everyday ? ourAdvice : notInOurSources,
        values: { inPerson: inPerson ? "yes" : "no" },
      },
      "identityDocument",
      ...(inPerson ? [] : (["channel"] as const)),
    );
  }
  if (someoneActsForTheHolder(answers)) {
    const representing = isRepresentative(answers)
      ? (["holder", "requester", "carrier"] as const)
      : (["channel", "carrier"] as const);
    if (carrierAsksNotarisedPower(answers)) {
      const bitelRule = carrierFacts.bitel.representativePowerMaxMonths;
      const bitel = {
        why: "bitelRepresentative",
        basis: bitelRule ? basedOn(bitelRule) : ourAdvice,
      } as const;
      add({ id: "representativeIdentityCopy", ...bitel }, ...representing);
      add({ id: "holderIdentityCopy", ...bitel }, ...representing);
      add(
        { id: "notarisedPowerOfAttorney", ...bitel, values: { months: Number(bitelRule?.value) } },
        ...representing,
      );
    } else if (choseSomeoneInPeru(answers)) {
      const signedAbroad = { why: "signedAbroadAskCarrier", basis: powerSignedAbroadBasis } as const;
      add({ id: "powerSignedAbroad", ...signedAbroad }, ...representing);
      add({ id: "holderIdentityCopy", ...signedAbroad }, ...representing);
    } else {
      const anyForm = {
        why: "powerOfAttorneyAskCarrier",
        basis: basedOn(representation.representativeMayAct),
      } as const;
      add({ id: "powerOfAttorneyAskCarrier", ...anyForm }, ...representing);
    }
  }
  if (heir) {
    const changeOfHolder = { why: "changeOfHolder", basis: basedOn(deceasedHolderChange) } as const;
    add({ id: "deceasedHolderIdentity", ...changeOfHolder }, "holder");
    add({ id: "deathCertificate", ...changeOfHolder }, "holder");
    visit = "cancellation";
    if (answers.identityDocument)
      add({ id: "sameIdentityDocument", why: "sameIdentityDocument", basis: ourAdvice }, "identityDocument");
  }
  if (isLostOrStolen(answers))
    add(
      { id: "blockingCode", why: "blockingCode", basis: basedOn(lossAndTheft.reportBlocksLineAndPhone) },
      "reason",
      "cardStatus",
    );
  if (mustReportToPolice(answers))
    add(
      { id: "policeReport", why: "policeReport", basis: basedOn(lossAndTheft.stepsAfterTheft) },
      "cardStatus",
    );
  if (isPostpaid(answers)) add({ id: "contractOrBill", why: "contractOrBill", basis: ourAdvice }, "planType");
  if (!isLostOrStolen(answers) && answers.channel === "store")
    add({ id: "simCard", why: "simCard", basis: ourAdvice }, "cardStatus", "channel");
  if (simStillWorks(answers) && answers.channel === "online")
    add({ id: "phoneWithTheLine", why: "phoneWithTheLine", basis: basedOn(appNeedsTheLine) }, "channel");
  return items;
}

const reasonsToAskTheCarrier: ReadonlySet<DocumentReason> = new Set([
  "identityAskCarrier",
  "powerOfAttorneyAskCarrier",
  "signedAbroadAskCarrier",
]);

/** Whether the list leaves something for the user to ask the carrier: the page then gives the carrier's numbers. */
export const leavesQuestionsForTheCarrier = (items: readonly DocumentItem[]) =>
  items.some((item) => reasonsToAskTheCarrier.has(item.why));
