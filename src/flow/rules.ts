import { carrierFacts } from "../content/carriers/index.ts";
import { type Channel, channels, type KnownCarrier, knownCarriers } from "./answerOptions.ts";
import type { Answers } from "./answers.ts";
import { type LineCheck, lineChecks } from "./followUp.ts";

/** Every choice made from the answers, named: pages, the plan, the document list and the downloaded plan use these. */

export const isLostOrStolen = (answers: Answers) =>
  answers.reason === "lostOrStolen" || answers.cardStatus === "lost" || answers.cardStatus === "stolen";

export const hasDebt = (answers: Answers) => answers.cardStatus === "suspendedForDebt";

/** A damaged SIM gets advice of its own: nothing may count on it receiving a code. */
export const hasDamagedSim = (answers: Answers) => answers.cardStatus === "damaged";

/** The old SIM is at hand and can still receive a code: not lost, not stolen, not damaged. */
export const simStillWorks = (answers: Answers) =>
  !isLostOrStolen(answers) && answers.cardStatus !== "damaged";

/**
 * What stands before a port, each that applies: a line suspended for debt cannot be ported, and the PIN comes by SMS
 * to the line, so a lost, stolen or damaged SIM is replaced first, and a SIM abroad receives it only with roaming on.
 */
export const portabilityObstaclesFor = (answers: Answers): ("debt" | "noWorkingSim" | "abroad")[] => [
  ...(hasDebt(answers) ? ["debt" as const] : []),
  ...(simStillWorks(answers) ? [] : ["noWorkingSim" as const]),
  ...(isAbroad(answers) ? ["abroad" as const] : []),
];

/** A theft is reported to the police; a loss, a damaged card or an unspecified "lost or stolen" is not. */
export const mustReportToPolice = (answers: Answers) => answers.cardStatus === "stolen";

export const isSwitchingCarrier = (answers: Answers) => answers.reason === "switchingCarrier";

/** A switcher who keeps the number ports it: the new carrier asks for it, and the old contract ends without a baja. */
export const keepsNumber = (answers: Answers) => isSwitchingCarrier(answers) && answers.keepNumber === "yes";

export const choseNotToKeepNumber = (answers: Answers) =>
  isSwitchingCarrier(answers) && answers.keepNumber === "no";

/** Everyone but a switcher keeping the number goes on to plan a cancellation. */
export const plansACancellation = (answers: Answers) => !keepsNumber(answers);

export const reasonsWithAdvice = ["switchingCarrier", "tooExpensive", "leavingPeru"] as const;

export type ReasonAdvice = (typeof reasonsWithAdvice)[number];

/**
 * The alternative to a cancellation that may serve the user's reason better, if there is one. A switcher has chosen
 * by the keep-the-number question: only one not sure is told about portability before the plan.
 */
export const reasonAdviceFor = (answers: Answers): ReasonAdvice | null => {
  if (isSwitchingCarrier(answers) && answers.keepNumber !== "notSure") return null;
  return reasonsWithAdvice.find((reason) => reason === answers.reason) ?? null;
};

export const needsReasonAdvice = (answers: Answers) => reasonAdviceFor(answers) !== null;

/** The advice the reason's page shows: the flow stops there only when one applies, so the fallback is never seen. */
export const reasonAdviceShown = (answers: Answers): ReasonAdvice =>
  reasonAdviceFor(answers) ?? "leavingPeru";

export const holdersWithAdvice = ["someoneElse", "deceased", "notSure"] as const;

export type HolderAdvice = (typeof holdersWithAdvice)[number];

/** What must happen before a cancellation when the line may not be the user's own. */
export const holderAdviceFor = (answers: Answers): HolderAdvice | null =>
  holdersWithAdvice.find((holder) => holder === answers.holder) ?? null;

export const needsHolderAdvice = (answers: Answers) => holderAdviceFor(answers) !== null;

/** The advice the holder's page shows; as for the reason's, the fallback is never seen. */
export const holderAdviceShown = (answers: Answers): HolderAdvice =>
  holderAdviceFor(answers) ?? "someoneElse";

export const isSomeoneElsesLine = (answers: Answers) => answers.holder === "someoneElse";

/** The user asks for the holder, in person, as their representative. */
export const isRepresentative = (answers: Answers) =>
  isSomeoneElsesLine(answers) && answers.requester === "me";

/** The holder of someone else's line asks for it themselves: the plan is theirs, passed on by the user. */
export const holderAsksThemselves = (answers: Answers) =>
  isSomeoneElsesLine(answers) && answers.requester === "theHolder";

export const isDeceasedHoldersLine = (answers: Answers) =>
  answers.holder === "deceased" || answers.reason === "holderDied";

/** Leaving Peru, on a date the flight question may give. */
export const isLeavingPeru = (answers: Answers) => answers.whereabouts === "leaving";

/** The flight's date counts the last day to ask for a cancellation back: a port, done in hours, needs none. */
export const asksForFlightDate = (answers: Answers) => isLeavingPeru(answers) && plansACancellation(answers);

/**
 * Where a person stood before the app asked: every route assumed Peru, and only the reason "leaving Peru" said they
 * were on their way out.
 */
export const whereaboutsBeforeTheQuestion = (answers: Pick<Answers, "reason">): "leaving" | "inPeru" =>
  answers.reason === "leavingPeru" ? "leaving" : "inPeru";

/** The sources say what the carriers' apps ask a DNI holder (its issue date), and nothing of other documents. */
export const appAsksDniIssueDate = (answers: Answers) => answers.identityDocument === "dni";

/** Already outside Peru: nothing in the plan may need a visit, a Peruvian number or a SIM that gets no SMS. */
export const isAbroad = (answers: Answers) => answers.whereabouts === "abroad";

/** Abroad now or soon: a prepaid line left behind ends by itself; a postpaid one does not. */
export const isAbroadOrLeaving = (answers: Answers) => isAbroad(answers) || isLeavingPeru(answers);

/** Where the SIM is in hand and works, whether it will get an SMS outside Peru decides what can be done from there. */
export const asksWhetherSimWorksAbroad = (answers: Answers) =>
  isAbroadOrLeaving(answers) && simStillWorks(answers);

/**
 * The SIM can receive a code now: it works, and the person is in Peru (leaving or not) or abroad with roaming on.
 * Someone abroad who is not sure is not counted on.
 */
export const simReceivesCodes = (answers: Answers) =>
  simStillWorks(answers) && (!isAbroad(answers) || answers.receivesSms === "yes");

export const isUnrecognisedLine = (answers: Answers) => answers.reason === "unrecognisedLine";

/** Bitel asks a representative for a notarised carta poder; other carriers say nothing the research found. */
export const carrierAsksNotarisedPower = (answers: Answers) => answers.carrier === "bitel";

export const representativeNeedsNotary = (answers: Answers) =>
  isRepresentative(answers) && carrierAsksNotarisedPower(answers);

/** Whether a question's answer is "not sure", which "Checa tus líneas" can settle. */
export const isUnsure = (answers: Answers, question: "planType" | "carrier" | "holder") =>
  answers[question] === "notSure";

/** The carrier has a customer-service number that can be dialled from abroad, or is not known yet. */
const mayBeCalledFromAbroad = (answers: Answers) => {
  const carrier = carrierWithFacts(answers);
  if (carrier) return carrierFacts[carrier].customerService.fromAbroad !== null;
  return answers.carrier === undefined || answers.carrier === "notSure";
};

/**
 * A representative may act only in person (never by phone). The app, which sends a code to the line, is offered only
 * where the SIM can receive it. An heir asks for the cancellation once the line is theirs, so on any channel. From
 * abroad: no store visit of one's own, but someone in Peru with a carta poder, or OSIPTEL's form; the phone only where
 * the carrier has a number that can be dialled from abroad.
 */
export function availableChannels(answers: Answers): readonly Channel[] {
  if (isRepresentative(answers)) return ["store"];
  const app = simReceivesCodes(answers);
  if (isAbroad(answers))
    return channels.filter((channel) => {
      if (channel === "store") return false;
      if (channel === "phone") return mayBeCalledFromAbroad(answers);
      if (channel === "online") return app;
      return true;
    });
  return channels.filter((channel) => {
    if (channel === "online") return app;
    return channel !== "someoneInPeru" && channel !== "osiptelForm";
  });
}

/** What the app page says of the code it sends to the line: set it up in Peru before leaving; from abroad, by roaming. */
export const appCodeNoteFor = (answers: Answers): "inPeru" | "leaving" | "abroad" => {
  if (isLeavingPeru(answers)) return "leaving";
  return isAbroad(answers) ? "abroad" : "inPeru";
};

/** What the channel question says about the channels it offers, and why some are missing. */
export function channelHintFor(
  answers: Answers,
): "representative" | "heir" | "abroad" | "noWorkingSim" | "any" {
  if (isRepresentative(answers)) return "representative";
  if (isDeceasedHoldersLine(answers)) return "heir";
  if (isAbroad(answers)) return "abroad";
  return simStillWorks(answers) ? "any" : "noWorkingSim";
}

const isKnownCarrier = (carrier: string | undefined): carrier is KnownCarrier =>
  (knownCarriers as readonly (string | undefined)[]).includes(carrier);

/** The carrier whose facts the app has, or null for "another" or "not sure". */
export const carrierWithFacts = (answers: Answers): KnownCarrier | null =>
  isKnownCarrier(answers.carrier) ? answers.carrier : null;

/**
 * The carriers whose contacts a page that says "ask the carrier" gives: the user's, once known; every carrier before
 * the carrier question or when the user does not know it; none for another carrier.
 */
export const carriersToContact = (answers: Answers): readonly KnownCarrier[] => {
  if (answers.carrier === undefined || answers.carrier === "notSure") return knownCarriers;
  const carrier = carrierWithFacts(answers);
  return carrier ? [carrier] : [];
};

/** Claro's own notes (replacement chips, Pasa Saldo) are for a Claro line only. */
export const isClaroLine = (answers: Answers) => answers.carrier === "claro";

export const isPrepaid = (answers: Answers) => answers.planType === "prepaid";

export const isPostpaid = (answers: Answers) => answers.planType === "postpaid";

/** What the user may say when the due date has come: a prepaid line sends no bill to be still charged on. */
export const lineChecksFor = (answers: Answers): readonly LineCheck[] =>
  isPrepaid(answers) ? lineChecks.filter((check) => check !== "stillBilled") : lineChecks;

export type BalanceTopic =
  | "prepaidBalance"
  | "claroPasaSaldo"
  | "prepaidBalanceOutOfReach"
  | "blockedPrepaidBalance"
  | "unusedPrepaidLine"
  | "postpaidBill"
  | "debt";

/** A prepaid balance is used up or passed on from the SIM: not once it is lost, nor abroad without roaming. */
function prepaidBalanceTopic(answers: Answers): BalanceTopic {
  if (!simStillWorks(answers)) return "blockedPrepaidBalance";
  return simReceivesCodes(answers) ? "prepaidBalance" : "prepaidBalanceOutOfReach";
}

/**
 * What the balance page speaks of: both kinds of line when the plan type is not known; a prepaid balance that can be
 * used up or passed on (Claro's Pasa Saldo) only where the SIM works; for someone leaving Peru or gone, what happens
 * to a prepaid line left unused.
 */
export function balanceTopics(answers: Answers): BalanceTopic[] {
  const prepaid = isPostpaid(answers) ? null : prepaidBalanceTopic(answers);
  return [
    ...(prepaid ? [prepaid] : []),
    ...(prepaid === "prepaidBalance" && isClaroLine(answers) ? ["claroPasaSaldo" as const] : []),
    ...(prepaid && isAbroadOrLeaving(answers) ? ["unusedPrepaidLine" as const] : []),
    ...(isPrepaid(answers) ? [] : ["postpaidBill" as const]),
    ...(hasDebt(answers) ? ["debt" as const] : []),
  ];
}

/** What the balance page says of a phone that came with a postpaid plan, if anything. */
export function deviceNoteFor(
  answers: Answers,
): "phoneWithPlan" | "phoneWithPlanGone" | "phoneMaybeWithPlan" | null {
  if (!isPostpaid(answers) || answers.phoneOnInstalments === "no") return null;
  if (answers.phoneOnInstalments === "yes")
    return isLostOrStolen(answers) ? "phoneWithPlanGone" : "phoneWithPlan";
  return "phoneMaybeWithPlan";
}

export const choseStore = (answers: Answers) => answers.channel === "store";

export const chosePhone = (answers: Answers) => answers.channel === "phone";

/** The request is made at a counter (by the user or someone for them), so papers are brought, not kept at hand. */
export const asksInPerson = (answers: Answers) =>
  answers.channel !== "phone" && answers.channel !== "online" && answers.channel !== "osiptelForm";

export const choseSomeoneInPeru = (answers: Answers) => answers.channel === "someoneInPeru";

export const choseOsiptelForm = (answers: Answers) => answers.channel === "osiptelForm";

/** Someone stands at the counter for the holder: the user for someone else's line, or someone in Peru for the user. */
export const someoneActsForTheHolder = (answers: Answers) =>
  isRepresentative(answers) || choseSomeoneInPeru(answers);

/** The Spanish card for the counter is part of the plan when the user, or someone for them, goes to a store. */
export const showsStaffCard = (answers: Answers) => choseStore(answers) || choseSomeoneInPeru(answers);
