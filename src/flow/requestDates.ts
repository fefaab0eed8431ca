import { latestChosenDateMonths } from "../content/bajaDeadline.ts";
import type { IsoDate } from "../content/fact.ts";
import type { CarrierChannel } from "./answerOptions.ts";
import type { Answers } from "./answers.ts";
import { bajaDueDate, deemedFiledOn, dueDateUnderRuleBefore, isBusinessDay } from "./businessDays.ts";
import type { Escalation, RequestRecord } from "./followUp.ts";
import type { Refusal } from "./refusal.ts";

/** The latest day the user may choose for the baja: the same day a set number of months on, or that month's end. */
export const latestChosenDate = (requestDate: IsoDate): IsoDate => {
  const [year, month, day] = requestDate.split("-").map(Number) as [number, number, number];
  const monthsLater = month - 1 + Number(latestChosenDateMonths.value);
  const sameDayLater = new Date(Date.UTC(year, monthsLater, day));
  const lastOfThatMonth = new Date(Date.UTC(year, monthsLater + 1, 0));
  const limit = sameDayLater > lastOfThatMonth ? lastOfThatMonth : sameDayLater;
  return limit.toISOString().slice(0, 10);
};

/** The carrier's channel a planned request goes by: someone in Peru asks at a store; OSIPTEL's form is not one. */
const recordedChannelFor = (planned: Answers["channel"]): CarrierChannel | "" => {
  if (planned === "someoneInPeru") return "store";
  return planned === undefined || planned === "osiptelForm" ? "" : planned;
};

/** The request form as it opens: what was recorded, or today in Lima and the channel the user planned. */
export const requestDraft = (answers: Answers, request: RequestRecord | null, today: IsoDate) => ({
  date: request?.date ?? today,
  channel: request?.channel ?? recordedChannelFor(answers.channel),
  code: request?.code ?? "",
  chosenDate: request?.chosenDate ?? "",
});

/**
 * Which of a recorded request's checks apply. The chosen day's range rests on the holiday table and the deadline rule,
 * which a later version of the app may change: a request this device already took is not held to it again.
 */
export type RequestChecks = "all" | "thoseNoUpdateChanges";

/** Why a recorded request cannot be right, and the field at fault; null when it can. */
export function requestProblem(
  record: RequestRecord,
  today: IsoDate,
  checks: RequestChecks = "all",
): Refusal | null {
  if (record.date > today) return { field: "date", message: "error.requestDateInFuture" };
  if (record.chosenDate === "" || checks === "thoseNoUpdateChanges") return null;
  if (record.chosenDate < bajaDueDate(record.date) || record.chosenDate > latestChosenDate(record.date))
    return { field: "chosenDate", message: "error.chosenDate" };
  return null;
}

/** Why the recorded way up cannot be right, and the field at fault; null when it can. */
export function escalationProblem(
  escalation: Escalation,
  request: RequestRecord | null,
  today: IsoDate,
): Refusal | null {
  const { reclamoDate, answerDate } = escalation;
  if (reclamoDate !== "" && (reclamoDate > today || (request !== null && reclamoDate < request.date)))
    return { field: "reclamoDate", message: "error.reclamoDate" };
  if (answerDate !== "" && (answerDate > today || reclamoDate === "" || answerDate < reclamoDate))
    return { field: "answerDate", message: "error.answerDate" };
  return null;
}

/** The user chose a day later than the rule's deadline: the carrier must carry the request out on it. */
export const chosenDayStands = (record: RequestRecord): boolean =>
  record.chosenDate !== "" && record.chosenDate > bajaDueDate(record.date);

/** The day by which the carrier must have carried out the request: the chosen day, or the rule's deadline. */
export const dueDateOf = (record: RequestRecord): IsoDate =>
  chosenDayStands(record) ? record.chosenDate : bajaDueDate(record.date);

/**
 * While the start of the rule in force on the request day is not confirmed, the later day the rule before it would
 * give: a reclamo filed before it could be premature. Null when the start is confirmed, or the chosen day stands
 * under either rule.
 */
export function dueDateUnderEarlierRule(record: RequestRecord): IsoDate | null {
  const day = dueDateUnderRuleBefore(record.date);
  return day === null || record.chosenDate >= day ? null : day;
}

/**
 * For a request made on a weekend or a holiday, the day it is due if its time counts from the next business day, as
 * for a request made then: no source says which. Null for a request made on a business day, or when the chosen day
 * stands either way.
 */
export function dueDateFromNextBusinessDay(record: RequestRecord): IsoDate | null {
  if (isBusinessDay(record.date)) return null;
  const day = bajaDueDate(deemedFiledOn(record.date));
  return record.chosenDate >= day ? null : day;
}

/**
 * The last day the carrier may still be within its time, whichever rule applies and whichever day its time counts
 * from: what a reclamo, and the letters' claims, wait for.
 */
export const latestDueDateOf = (record: RequestRecord): IsoDate =>
  [dueDateUnderEarlierRule(record), dueDateFromNextBusinessDay(record)].reduce<IsoDate>(
    (latest, day) => (day !== null && day > latest ? day : latest),
    dueDateOf(record),
  );

/**
 * The days a calendar reminder falls on: the due date, and the last day the carrier may still be within its time
 * when that is later (the earlier rule while the new one's start is unconfirmed, or a request made on a day off).
 */
export function reminderDays(record: RequestRecord): { due: IsoDate; latest: IsoDate | null } {
  const due = dueDateOf(record);
  const latest = latestDueDateOf(record);
  return { due, latest: latest > due ? latest : null };
}

/** From the due date on, the app asks whether the line is gone. */
export const checkInDue = (record: RequestRecord | null, today: IsoDate): boolean =>
  record !== null && today >= dueDateOf(record);
