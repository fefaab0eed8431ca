import { afterRequest } from "../content/afterRequest.ts";
import type { IsoDate } from "../content/fact.ts";
import { addBusinessDays, addCalendarDays, deemedFiledOn } from "./businessDays.ts";
import type { FollowUp } from "./followUp.ts";
import { dueDateOf, latestDueDateOf } from "./requestDates.ts";

export const wayUpStageIds = ["callCarrier", "quieroSalirme", "reclamo", "queja", "appeal"] as const;
export type WayUpStageId = (typeof wayUpStageIds)[number];

/**
 * One step of the way up and when the rules allow it. `opensOn` null: it waits for a day the user has not recorded
 * yet (the reclamo's, the answer's). `closesOn`: the last day to take it. `closed`: the step no longer applies.
 */
export type WayUpStage = {
  id: WayUpStageId;
  opensOn: IsoDate | null;
  closesOn: IsoDate | null;
  /** Why the step does not apply: the carrier answered the reclamo, so there is no silence to invoke. */
  closed: "carrierAnswered" | null;
};

const days = (fact: { value: unknown }) => Number(fact.value);

/**
 * The business days after the reclamo before a queja may be filed: the longer of the carrier's times to answer (the
 * sources differ), plus the days to notify. A queja filed earlier is declared improcedente.
 */
export const daysBeforeQueja = days(afterRequest.reclamoAnswerDays) + days(afterRequest.reclamoNotifyDays);

/** The way up once the due date has passed with the line still there, each step with the days the rules allow. */
export function wayUpFor(followUp: FollowUp): WayUpStage[] {
  const { request, escalation } = followUp;
  const late = request ? addCalendarDays(dueDateOf(request), 1) : null;
  // A reclamo waits until the carrier is late however its time is counted (src/flow/requestDates.ts).
  const lateUnderEitherRule = request ? addCalendarDays(latestDueDateOf(request), 1) : null;
  const { reclamoDate, answerDate } = escalation;
  const stage = (
    id: WayUpStageId,
    opensOn: IsoDate | null,
    closesOn: IsoDate | null = null,
    closed: WayUpStage["closed"] = null,
  ): WayUpStage => ({ id, opensOn, closesOn, closed });
  return [
    stage("callCarrier", late),
    stage("quieroSalirme", late),
    stage("reclamo", lateUnderEitherRule),
    quejaStage(reclamoDate, answerDate),
    stage(
      "appeal",
      answerDate ? addCalendarDays(answerDate, 1) : null,
      answerDate ? addBusinessDays(answerDate, days(afterRequest.appealDays)) : null,
    ),
  ];
}

/**
 * A queja for silence opens once the carrier's time to answer the reclamo has run out. An answer given within that
 * time leaves no silence to invoke; one given after it does not undo the silence.
 */
function quejaStage(reclamoDate: IsoDate, answerDate: IsoDate): WayUpStage {
  // A reclamo filed on a day off may count from the next business day: a queja waits for the later reading.
  const opensOn = reclamoDate ? addBusinessDays(deemedFiledOn(reclamoDate), daysBeforeQueja + 1) : null;
  const answeredInTime = answerDate !== "" && opensOn !== null && answerDate < opensOn;
  return { id: "queja", opensOn, closesOn: null, closed: answeredInTime ? "carrierAnswered" : null };
}

/** Where a step stands on `today`: each has its own sentence on the page. */
export type StageStatus =
  | "open"
  | "openUntil"
  | "opensLater"
  | "waitsForReclamo"
  | "waitsForAnswer"
  | "carrierAnswered"
  | "ended";

export function stageStatus(stage: WayUpStage, today: IsoDate): StageStatus {
  if (stage.closed) return stage.closed;
  if (stage.opensOn === null) return stage.id === "queja" ? "waitsForReclamo" : "waitsForAnswer";
  if (today < stage.opensOn) return "opensLater";
  if (stage.closesOn === null) return "open";
  return today > stage.closesOn ? "ended" : "openUntil";
}
