import { type Answers, type Because, because, type QuestionId } from "./answers.ts";
import {
  hasDebt,
  isDeceasedHoldersLine,
  isLostOrStolen,
  isPostpaid,
  isPrepaid,
  isSomeoneElsesLine,
  isUnsure,
  mustReportToPolice,
  type ReasonAdvice,
  reasonAdviceFor,
} from "./rules.ts";

export type PlanActionId =
  | "blockBanksAndWallets"
  | "blockLineAndPhone"
  | "reportToPolice"
  | "checkImeiBlocked"
  | "considerPortability"
  | "considerPlanChange"
  | "considerSuspension"
  | "checkLinesInYourName"
  | "holderMustRequest"
  | "changeHolderFirst"
  | "settleDebt"
  | "useUpBalance"
  | "cancelBeforeBillingCycle"
  | "moveCodesAndWallets"
  | "changeMessagingNumber"
  | "backUpSmsAndContacts"
  | "requestAtStore"
  | "requestByPhone"
  | "requestOnline"
  | "keepProof"
  | "payFinalBill"
  | "checkWithinFiveDays"
  | "destroySim";

export type PlanAction = { id: PlanActionId; because: Because[] };

const channelActions = { store: "requestAtStore", phone: "requestByPhone", online: "requestOnline" } as const;

const reasonAdviceActions = {
  switchingCarrier: "considerPortability",
  tooExpensive: "considerPlanChange",
  leavingPeru: "considerSuspension",
} as const satisfies Record<ReasonAdvice, PlanActionId>;

/** The user's plan, in the order to do things: urgent blocking first, the SIM destroyed last. */
export function planFor(answers: Answers): PlanAction[] {
  const plan: PlanAction[] = [];
  const add = (id: PlanActionId, ...questions: QuestionId[]) => {
    if (!plan.some((action) => action.id === id)) plan.push({ id, because: because(answers, ...questions) });
  };
  const lostOrStolen = isLostOrStolen(answers);

  if (lostOrStolen) {
    add("blockBanksAndWallets", "reason", "cardStatus");
    add("blockLineAndPhone", "reason", "cardStatus");
    if (mustReportToPolice(answers)) add("reportToPolice", "cardStatus");
    add("checkImeiBlocked", "reason", "cardStatus");
  }
  const reasonAdvice = reasonAdviceFor(answers);
  if (reasonAdvice) add(reasonAdviceActions[reasonAdvice], "reason");
  for (const question of ["holder", "planType", "carrier"] as const) {
    if (isUnsure(answers, question)) add("checkLinesInYourName", question);
  }
  if (isSomeoneElsesLine(answers)) add("holderMustRequest", "holder");
  if (isDeceasedHoldersLine(answers)) add("changeHolderFirst", "holder");
  if (hasDebt(answers)) add("settleDebt", "cardStatus");
  if (isPrepaid(answers) && !lostOrStolen) add("useUpBalance", "planType");
  if (isPostpaid(answers)) add("cancelBeforeBillingCycle", "planType");
  add("moveCodesAndWallets");
  if (!lostOrStolen) {
    add("changeMessagingNumber", "cardStatus");
    add("backUpSmsAndContacts", "cardStatus");
  }
  if (answers.channel) add(channelActions[answers.channel], "channel");
  add("keepProof");
  if (isPostpaid(answers)) add("payFinalBill", "planType");
  add("checkWithinFiveDays");
  if (!lostOrStolen) add("destroySim", "cardStatus");
  return plan;
}
