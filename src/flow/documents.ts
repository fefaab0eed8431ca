import { type Answers, type Because, because, type QuestionId } from "./answers.ts";
import {
  hasDebt,
  isDeceasedHoldersLine,
  isLostOrStolen,
  isPostpaid,
  isSomeoneElsesLine,
  mustReportToPolice,
  representativeNeedsNotary,
} from "./rules.ts";

export type DocumentId =
  | "dni"
  | "carneExtranjeria"
  | "passport"
  | "ptpCpp"
  | "otherIdentityDocument"
  | "holderIdentityCopy"
  | "notarisedPowerOfAttorney"
  | "powerOfAttorneyAskCarrier"
  | "deathCertificate"
  | "blockingCode"
  | "policeReport"
  | "debtPaymentProof"
  | "contractOrBill"
  | "simCard"
  | "phoneWithTheLine";

export type DocumentItem = { id: DocumentId; because: Because[] };

const identityDocumentItems = {
  dni: "dni",
  carneExtranjeria: "carneExtranjeria",
  passport: "passport",
  ptpCpp: "ptpCpp",
  other: "otherIdentityDocument",
} as const satisfies Record<NonNullable<Answers["identityDocument"]>, DocumentId>;

/** The personalised list of what to bring or have at hand, each item with the answers that put it there. */
export function documentsFor(answers: Answers): DocumentItem[] {
  const items: DocumentItem[] = [];
  const add = (id: DocumentId, ...questions: QuestionId[]) =>
    items.push({ id, because: because(answers, ...questions) });

  if (answers.identityDocument) add(identityDocumentItems[answers.identityDocument], "identityDocument");
  if (isSomeoneElsesLine(answers)) {
    add("holderIdentityCopy", "holder");
    add(
      representativeNeedsNotary(answers) ? "notarisedPowerOfAttorney" : "powerOfAttorneyAskCarrier",
      "holder",
      "carrier",
    );
  }
  if (isDeceasedHoldersLine(answers)) add("deathCertificate", "holder");
  if (isLostOrStolen(answers)) add("blockingCode", "reason", "cardStatus");
  if (mustReportToPolice(answers)) add("policeReport", "cardStatus");
  if (hasDebt(answers)) add("debtPaymentProof", "cardStatus");
  if (isPostpaid(answers)) add("contractOrBill", "planType");
  if (!isLostOrStolen(answers) && answers.channel === "store") add("simCard", "cardStatus", "channel");
  if (!isLostOrStolen(answers) && answers.channel === "online") add("phoneWithTheLine", "channel");
  return items;
}
