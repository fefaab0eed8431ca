import { type Answers, type Because, because, type QuestionId } from "./answers.ts";
import { hasDebt, isLostOrStolen } from "./rules.ts";

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

const reasonAdvice = {
  switchingCarrier: "considerPortability",
  tooExpensive: "considerPlanChange",
  leavingPeru: "considerSuspension",
} as const;

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
    if (answers.cardStatus === "stolen") add("reportToPolice", "cardStatus");
    add("checkImeiBlocked", "reason", "cardStatus");
  }
  if (answers.reason && answers.reason in reasonAdvice) {
    add(reasonAdvice[answers.reason as keyof typeof reasonAdvice], "reason");
  }
  if (answers.holder === "notSure") add("checkLinesInYourName", "holder");
  if (answers.planType === "notSure") add("checkLinesInYourName", "planType");
  if (answers.carrier === "notSure") add("checkLinesInYourName", "carrier");
  if (answers.holder === "someoneElse") add("holderMustRequest", "holder");
  if (answers.holder === "deceased") add("changeHolderFirst", "holder");
  if (hasDebt(answers)) add("settleDebt", "cardStatus");
  if (answers.planType === "prepaid" && !lostOrStolen) add("useUpBalance", "planType");
  if (answers.planType === "postpaid") add("cancelBeforeBillingCycle", "planType");
  add("moveCodesAndWallets");
  if (!lostOrStolen) {
    add("changeMessagingNumber", "cardStatus");
    add("backUpSmsAndContacts", "cardStatus");
  }
  if (answers.channel) add(channelActions[answers.channel], "channel");
  add("keepProof");
  if (answers.planType === "postpaid") add("payFinalBill", "planType");
  add("checkWithinFiveDays");
  if (!lostOrStolen) add("destroySim", "cardStatus");
  return plan;
}
