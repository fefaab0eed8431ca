import { type Basis, basedOn, ourAdvice } from "../content/basis.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import { lossAndTheft } from "../content/lossAndTheft.ts";
import { appNeedsTheLine, deceasedHolderChange, representation, rights } from "../content/rights.ts";
import { type Answers, type Because, because, type QuestionId } from "./answers.ts";
import {
  hasDebt,
  isDeceasedHoldersLine,
  isLostOrStolen,
  isPostpaid,
  isSomeoneElsesLine,
  mustReportToPolice,
  representativeNeedsNotary,
  simStillWorks,
} from "./rules.ts";

export type DocumentId =
  | "dni"
  | "carneExtranjeria"
  | "passport"
  | "ptpCpp"
  | "otherIdentityDocument"
  | "representativeIdentityCopy"
  | "holderIdentityCopy"
  | "notarisedPowerOfAttorney"
  | "powerOfAttorneyAskCarrier"
  | "deceasedHolderIdentity"
  | "deathCertificate"
  | "blockingCode"
  | "policeReport"
  | "debtPaymentProof"
  | "contractOrBill"
  | "simCard"
  | "phoneWithTheLine";

/** Why an item is on the list (`documents.why.<reason>` in the catalogs). */
export type DocumentReason =
  | "identityCopy"
  | "identityAskCarrier"
  | "bitelRepresentative"
  | "powerOfAttorneyAskCarrier"
  | "changeOfHolder"
  | "blockingCode"
  | "policeReport"
  | "debtPaymentProof"
  | "contractOrBill"
  | "simCard"
  | "phoneWithTheLine";

export type DocumentItem = {
  id: DocumentId;
  because: Because[];
  why: DocumentReason;
  basis: Basis;
  /** The figures its label quotes. */
  values?: Record<string, number>;
};

const identityDocumentItems = {
  dni: "dni",
  carneExtranjeria: "carneExtranjeria",
  passport: "passport",
  ptpCpp: "ptpCpp",
  other: "otherIdentityDocument",
} as const satisfies Record<NonNullable<Answers["identityDocument"]>, DocumentId>;

/** Documents Peruvian counters see every day; for the others the research does not say which each carrier takes. */
const everydayIdentityDocuments = new Set(["dni", "carneExtranjeria"]);

/** The personalised list of what to bring or have at hand, each item with the answers that put it there. */
export function documentsFor(answers: Answers): DocumentItem[] {
  const items: DocumentItem[] = [];
  const add = (item: Omit<DocumentItem, "because">, ...questions: QuestionId[]) =>
    items.push({ ...item, because: because(answers, ...questions) });

  if (answers.identityDocument) {
    const everyday = everydayIdentityDocuments.has(answers.identityDocument);
    add(
      {
        id: identityDocumentItems[answers.identityDocument],
        why: everyday ? "identityCopy" : "identityAskCarrier",
        basis: ourAdvice,
      },
      "identityDocument",
    );
  }
  if (isSomeoneElsesLine(answers)) {
    if (representativeNeedsNotary(answers)) {
      const bitelRule = carrierFacts.bitel.representativePowerMaxMonths;
      const bitel = {
        why: "bitelRepresentative",
        basis: bitelRule ? basedOn(bitelRule) : ourAdvice,
      } as const;
      add({ id: "representativeIdentityCopy", ...bitel }, "holder", "carrier");
      add({ id: "holderIdentityCopy", ...bitel }, "holder", "carrier");
      add(
        { id: "notarisedPowerOfAttorney", ...bitel, values: { months: Number(bitelRule?.value) } },
        "holder",
        "carrier",
      );
    } else {
      add(
        {
          id: "powerOfAttorneyAskCarrier",
          why: "powerOfAttorneyAskCarrier",
          basis: basedOn(representation.representativeMayAct),
        },
        "holder",
        "carrier",
      );
    }
  }
  if (isDeceasedHoldersLine(answers)) {
    const changeOfHolder = { why: "changeOfHolder", basis: basedOn(deceasedHolderChange) } as const;
    add({ id: "deceasedHolderIdentity", ...changeOfHolder }, "holder");
    add({ id: "deathCertificate", ...changeOfHolder }, "holder");
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
  if (hasDebt(answers))
    add(
      { id: "debtPaymentProof", why: "debtPaymentProof", basis: basedOn(rights.debtIsNoReasonToRefuse) },
      "cardStatus",
    );
  if (isPostpaid(answers)) add({ id: "contractOrBill", why: "contractOrBill", basis: ourAdvice }, "planType");
  if (!isLostOrStolen(answers) && answers.channel === "store")
    add({ id: "simCard", why: "simCard", basis: ourAdvice }, "cardStatus", "channel");
  if (simStillWorks(answers) && answers.channel === "online")
    add({ id: "phoneWithTheLine", why: "phoneWithTheLine", basis: basedOn(appNeedsTheLine) }, "channel");
  return items;
}
