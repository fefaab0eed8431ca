import { afterRequest } from "../content/afterRequest.ts";
import { alternatives } from "../content/alternatives.ts";
import { bajaDeadline } from "../content/bajaDeadline.ts";
import { type Basis, basedOn, ourAdvice } from "../content/basis.ts";
import { claroReplacementDays } from "../content/carriers/claro.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import { citeEveryRule, citeRule, type Fact, type IsoDate } from "../content/fact.ts";
import { fromAbroad } from "../content/fromAbroad.ts";
import { lossAndTheft } from "../content/lossAndTheft.ts";
import { claroPasaSaldo, money, numberReassignedAfterDays } from "../content/money.ts";
import { checaTusLineas, deceasedHolderChange, representation, rights } from "../content/rights.ts";
import { knownCarriers } from "./answerOptions.ts";
import { type Answers, type Because, because, type QuestionId } from "./answers.ts";
import { bajaRulesThatMayApply } from "./businessDays.ts";
import { powerSignedAbroadBasis } from "./documents.ts";
import { lastDayToAsk } from "./flight.ts";
import { phoneOwedBasis } from "./phoneWithPlan.ts";
import {
  carrierWithFacts,
  choseNotToKeepNumber,
  choseOsiptelForm,
  deviceNoteFor,
  hasDebt,
  holderAsksThemselves,
  isAbroad,
  isAbroadOrLeaving,
  isDeceasedHoldersLine,
  isLeavingPeru,
  isLostOrStolen,
  isPostpaid,
  isPrepaid,
  isRepresentative,
  isUnsure,
  mustReportToPolice,
  reasonAdviceFor,
  simReceivesCodes,
  simStillWorks,
} from "./rules.ts";

export type PlanActionId =
  | "blockBanksAndWallets"
  | "blockLineAndPhone"
  | "reportToPolice"
  | "checkImeiBlocked"
  | "numberNotKept"
  | "considerPortability"
  | "considerPortabilityAfterDebt"
  | "considerPortabilityAfterReplacement"
  | "considerPlanChange"
  | "askBeforeFlight"
  | "askByTodayForFlight"
  | "askTodayForFlight"
  | "askWhatWorksFromAbroad"
  | "prepaidEndsByItself"
  | "prepaidEndsByItselfSomeCarrier"
  | "postpaidNeverEnds"
  | "checkLinesInYourName"
  | "checkOtherLinesInYourName"
  | "holderMustRequest"
  | "holderAsks"
  | "changeHolderFirst"
  | "waitForChangeOfHolder"
  | "claroReplacementDeadline"
  | "getReplacementSim"
  | "tellHolderBanks"
  | "settleDebt"
  | "useUpBalance"
  | "passBalance"
  | "cancelBeforeBillingCycle"
  | "moveCodesAndWallets"
  | "moveCodesBeforeLeaving"
  | "moveCodesFromAbroad"
  | "askHolderToMoveCodes"
  | "settlePhone"
  | "changeMessagingNumber"
  | "backUpSmsAndContacts"
  | "requestAtStore"
  | "requestByPhone"
  | "requestByPhoneNumber"
  | "requestOnline"
  | "requestOnlineApp"
  | "requestByPhoneFromAbroad"
  | "requestBySomeoneInPeru"
  | "requestViaOsiptel"
  | "keepProof"
  | "keepOsiptelReplies"
  | "payFinalBill"
  | "checkLineIsGone"
  | "checkLineIsGoneFromAbroad"
  | "destroySim";

export type PlanAction = {
  id: PlanActionId;
  because: Because[];
  basis: Basis;
  /** The figures its text quotes (`plan.<id>` in the catalogs). */
  values?: Record<string, string | number>;
  /** The days its text quotes, which the page writes in the reader's language. */
  days?: Record<string, IsoDate>;
};

/** The request itself, on the channel chosen: with the carrier's number or app when the app knows them. */
function requestAction(answers: Answers): Omit<PlanAction, "because"> | null {
  const carrier = carrierWithFacts(answers);
  const facts = carrier && carrierFacts[carrier];
  const channels = basedOn(rights.channelsCarriersMustAccept);
  switch (answers.channel) {
    case "store":
      return { id: "requestAtStore", basis: channels };
    case "phone":
      if (isAbroad(answers) && facts?.customerService.fromAbroad)
        return {
          id: "requestByPhoneFromAbroad",
          basis: basedOn(facts.customerService.fromAbroad, facts.customerService.anyPhone),
          values: { carrier: facts.name, number: String(facts.customerService.fromAbroad.value) },
        };
      return facts
        ? {
            id: "requestByPhoneNumber",
            basis: basedOn(facts.customerService.ownLine, facts.customerService.anyPhone),
            values: {
              carrier: facts.name,
              number: String(facts.customerService.ownLine.value),
              anyPhone: String(facts.customerService.anyPhone.value),
            },
          }
        : { id: "requestByPhone", basis: channels };
    case "online":
      return facts
        ? { id: "requestOnlineApp", basis: basedOn(facts.app), values: { app: String(facts.app.value) } }
        : { id: "requestOnline", basis: channels };
    case "someoneInPeru":
      return { id: "requestBySomeoneInPeru", basis: powerSignedAbroadBasis };
    case "osiptelForm":
      return {
        id: "requestViaOsiptel",
        basis: basedOn(afterRequest.quieroSalirme, fromAbroad.osiptelEmail),
        values: {
          form: String(afterRequest.quieroSalirme.value),
          email: String(fromAbroad.osiptelEmail.value),
        },
      };
    default:
      return null;
  }
}

/**
 * What becomes of the line if nothing is done, for someone abroad or leaving: a prepaid line is cut after its
 * carrier's days without balance (after a notice) and its number given out later; a postpaid line never ends.
 */
export function leftBehindActions(answers: Answers): Omit<PlanAction, "because">[] {
  if (!isAbroadOrLeaving(answers) || isLostOrStolen(answers)) return [];
  const actions: Omit<PlanAction, "because">[] = [];
  const endings = {
    noticeDays: Number(money.prepaidLapseNoticeDays.value),
    reassignDays: Number(numberReassignedAfterDays.value),
    withBalanceDays: Number(money.unusedPrepaidLineDays.value),
  };
  if (!isPostpaid(answers)) {
    const carrier = carrierWithFacts(answers);
    const lapses = carrier
      ? [carrierFacts[carrier].prepaidWithoutBalanceDays]
      : knownCarriers.map((known) => carrierFacts[known].prepaidWithoutBalanceDays);
    const days = lapses.map(({ value }) => Number(value));
    const basis = basedOn(
      ...(lapses as [Fact, ...Fact[]]),
      money.prepaidLapseNoticeDays,
      money.unusedPrepaidLineDays,
      numberReassignedAfterDays,
    );
    actions.push(
      carrier
        ? {
            id: "prepaidEndsByItself",
            basis,
            values: { ...endings, carrier: carrierFacts[carrier].name, days: days[0] ?? 0 },
          }
        : {
            id: "prepaidEndsByItselfSomeCarrier",
            basis,
            values: { ...endings, fewest: Math.min(...days), most: Math.max(...days) },
          },
    );
  }
  if (!isPrepaid(answers))
    actions.push({ id: "postpaidNeverEnds", basis: basedOn(money.unpaidDebtReported) });
  return actions;
}

type FlightActionId = "askBeforeFlight" | "askByTodayForFlight" | "askTodayForFlight";

/** Leaving Peru with a flight date: the last day to ask, counted back with the deadline in force then. */
export function flightAction(
  flightDay: IsoDate,
  today: IsoDate,
): (Omit<PlanAction, "because" | "id"> & { id: FlightActionId }) | null {
  if (flightDay < today) return null;
  const lastDay = lastDayToAsk(flightDay);
  const askedOn = lastDay ?? today;
  // While the new rule's start is unconfirmed the carrier may hold to the one before it: count with the longer.
  const [inForce, ...earlier] = bajaRulesThatMayApply(askedOn);
  const earlierCited = citeEveryRule(bajaDeadline).filter(({ norm }) =>
    earlier.some((rule) => rule.norm === norm?.name),
  );
  const basis = basedOn(citeRule(bajaDeadline, askedOn), ...earlierCited);
  const days = Math.max(inForce.value, ...earlier.map((rule) => rule.value));
  if (lastDay === null || lastDay < today)
    return { id: "askTodayForFlight", basis, values: { days }, days: { flight: flightDay } };
  if (lastDay === today)
    return { id: "askByTodayForFlight", basis, values: { days }, days: { flight: flightDay } };
  return { id: "askBeforeFlight", basis, values: { days }, days: { lastDay, flight: flightDay } };
}

/**
 * The user's plan, in the order to do things: urgent blocking first, the SIM destroyed last. `today` is the day in
 * Lima whose rules apply.
 */
export function planFor(answers: Answers, today: IsoDate): PlanAction[] {
  const plan: PlanAction[] = [];
  const add = (action: Omit<PlanAction, "because">, ...questions: QuestionId[]) => {
    if (!plan.some(({ id }) => id === action.id))
      plan.push({ ...action, because: because(answers, ...questions) });
  };
  const lostOrStolen = isLostOrStolen(answers);
  const deadline = citeRule(bajaDeadline, today);

  if (lostOrStolen) {
    const afterTheft = basedOn(lossAndTheft.stepsAfterTheft);
    add({ id: "blockBanksAndWallets", basis: afterTheft }, "reason", "cardStatus");
    add(
      { id: "blockLineAndPhone", basis: basedOn(lossAndTheft.reportBlocksLineAndPhone) },
      "reason",
      "cardStatus",
    );
    if (mustReportToPolice(answers)) add({ id: "reportToPolice", basis: afterTheft }, "cardStatus");
    add({ id: "checkImeiBlocked", basis: basedOn(lossAndTheft.checkImei) }, "reason", "cardStatus");
  }
  if (isLeavingPeru(answers)) {
    const flight = answers.flightDate ? flightAction(answers.flightDate, today) : null;
    if (flight) add(flight, "flightDate");
    add(
      { id: "askWhatWorksFromAbroad", basis: basedOn(fromAbroad.askForANumberBeforeTravelling) },
      "whereabouts",
    );
  }
  for (const action of leftBehindActions(answers)) add(action, "whereabouts", "planType");
  const reasonAdvice = reasonAdviceFor(answers);
  if (reasonAdvice === "switchingCarrier") {
    if (hasDebt(answers))
      add(
        { id: "considerPortabilityAfterDebt", basis: basedOn(alternatives.portabilityNeedsActiveLine) },
        "keepNumber",
        "cardStatus",
      );
    else if (!simStillWorks(answers))
      add(
        { id: "considerPortabilityAfterReplacement", basis: basedOn(alternatives.numberPortability) },
        "keepNumber",
        "cardStatus",
      );
    else add({ id: "considerPortability", basis: basedOn(alternatives.numberPortability) }, "keepNumber");
  } else if (choseNotToKeepNumber(answers))
    add({ id: "numberNotKept", basis: basedOn(alternatives.portabilityNeedsActiveLine) }, "keepNumber");
  // A line suspended for debt cannot change plan.
  if (reasonAdvice === "tooExpensive" && !hasDebt(answers))
    add({ id: "considerPlanChange", basis: basedOn(alternatives.planChange) }, "reason");
  for (const question of ["holder", "planType", "carrier"] as const) {
    if (isUnsure(answers, question))
      add({ id: "checkLinesInYourName", basis: basedOn(checaTusLineas) }, question);
  }
  // Someone leaving, or gone, may leave another line in their name behind: the same list shows it.
  if (isAbroadOrLeaving(answers) && !plan.some(({ id }) => id === "checkLinesInYourName"))
    add({ id: "checkOtherLinesInYourName", basis: basedOn(checaTusLineas) }, "whereabouts");
  if (isRepresentative(answers))
    add(
      { id: "holderMustRequest", basis: basedOn(representation.representativeMayAct) },
      "holder",
      "requester",
    );
  if (holderAsksThemselves(answers))
    add(
      { id: "holderAsks", basis: basedOn(rights.channelsCarriersMustAccept, rights.proofOfRequest) },
      "holder",
      "requester",
    );
  const heir = isDeceasedHoldersLine(answers);
  if (heir) {
    add({ id: "changeHolderFirst", basis: basedOn(deceasedHolderChange) }, "holder");
    add(
      {
        id: "waitForChangeOfHolder",
        basis: basedOn(deceasedHolderChange),
        values: { days: Number(deceasedHolderChange.value) },
      },
      "holder",
    );
  }
  if (isPrepaid(answers) && simReceivesCodes(answers)) {
    add({ id: "useUpBalance", basis: ourAdvice }, "planType");
    if (answers.carrier === "claro")
      add(
        {
          id: "passBalance",
          basis: basedOn(claroPasaSaldo.code),
          values: { code: String(claroPasaSaldo.code.value) },
        },
        "planType",
        "carrier",
      );
  }
  if (isPostpaid(answers))
    add({ id: "cancelBeforeBillingCycle", basis: basedOn(money.cancelBeforeBillingCycle) }, "planType");
  if (!simStillWorks(answers) && !heir) {
    if (lostOrStolen && answers.carrier === "claro")
      add(
        {
          id: "claroReplacementDeadline",
          basis: basedOn(claroReplacementDays),
          values: { days: Number(claroReplacementDays.value) },
        },
        "carrier",
        "cardStatus",
      );
    add(
      {
        id: "getReplacementSim",
        basis: basedOn(lossAndTheft.simReplacementHours),
        values: { hours: Number(lossAndTheft.simReplacementHours.value) },
      },
      "cardStatus",
    );
  }
  if (heir) add({ id: "tellHolderBanks", basis: ourAdvice }, "holder");
  else if (isRepresentative(answers))
    add({ id: "askHolderToMoveCodes", basis: ourAdvice }, "holder", "requester");
  else if (isLeavingPeru(answers)) add({ id: "moveCodesBeforeLeaving", basis: ourAdvice }, "whereabouts");
  else if (isAbroad(answers) && !simReceivesCodes(answers))
    add(
      { id: "moveCodesFromAbroad", basis: basedOn(fromAbroad.roamingOnlyOnRequest) },
      "whereabouts",
      "receivesSms",
    );
  else add({ id: "moveCodesAndWallets", basis: ourAdvice });
  if (simStillWorks(answers) && !isRepresentative(answers)) {
    if (!heir) add({ id: "changeMessagingNumber", basis: ourAdvice }, "cardStatus");
    add({ id: "backUpSmsAndContacts", basis: ourAdvice }, "cardStatus");
  }
  if (deviceNoteFor(answers))
    add({ id: "settlePhone", basis: phoneOwedBasis(answers) }, "planType", "phoneOnInstalments");
  const request = requestAction(answers);
  if (request) add(request, "channel");
  // Through OSIPTEL, whether the carrier's code comes back is not known, and "Quiero salirme" is the route taken.
  const throughOsiptel = choseOsiptelForm(answers);
  if (throughOsiptel) add({ id: "keepOsiptelReplies", basis: ourAdvice }, "channel");
  else add({ id: "keepProof", basis: basedOn(rights.proofOfRequest) });
  // Not before the request: the debt does not hold up the cancellation, and is settled apart.
  if (hasDebt(answers))
    add(
      { id: "settleDebt", basis: basedOn(rights.debtIsNoReasonToRefuse, money.unpaidDebtReported) },
      "cardStatus",
    );
  if (isPostpaid(answers))
    add({ id: "payFinalBill", basis: basedOn(afterRequest.chargesAfterDueDateNotOwed) }, "planType");
  add({
    id: throughOsiptel ? "checkLineIsGoneFromAbroad" : "checkLineIsGone",
    basis: throughOsiptel
      ? basedOn(deadline, representation.claimsByPhoneOrWebHolderOnly)
      : basedOn(deadline, afterRequest.quieroSalirme),
    values: { days: deadline.value },
  });
  if (!lostOrStolen) add({ id: "destroySim", basis: ourAdvice }, "cardStatus");
  return plan;
}
