import type { IsoDate } from "../content/fact.ts";
import { addCalendarDays, isBusinessDay, latestBajaDueDate } from "./businessDays.ts";

/**
 * The day the app first asked for a flight (26 November 2026). A flight kept from an earlier visit may have passed
 * since it was typed, but none before this day: the question takes only days from today on.
 */
export const flightQuestionFirstAsked: IsoDate = "2026-11-26";

/** A flight day typed that has already passed: no flight of a person still to leave. */
export const isPastFlight = (flightDay: string, today: IsoDate): boolean =>
  flightDay !== "" && flightDay < today;

const dayBefore = (day: IsoDate): IsoDate => addCalendarDays(day, -1);

/** Far enough back for any deadline the rules have set, holidays included. */
const longestSearchDays = 31;

/**
 * The last business day to ask for the cancellation so that the carrier's deadline falls before the day of the flight,
 * by the rule in force that day or, while its start is unconfirmed, the rule before it if that gives a later day; null if no day in the month before the flight does. Business days only: no
 * source says whether a request made on a day off counts from that day.
 */
export function lastDayToAsk(flightDay: IsoDate): IsoDate | null {
  const known = lastDaysToAsk.get(flightDay);
  if (known !== undefined) return known;
  let lastDay: IsoDate | null = null;
  let day = dayBefore(flightDay);
  for (let searched = 0; searched < longestSearchDays && !lastDay; searched += 1) {
    if (isBusinessDay(day) && latestBajaDueDate(day) < flightDay) lastDay = day;
    day = dayBefore(day);
  }
  lastDaysToAsk.set(flightDay, lastDay);
  return lastDay;
}

/** The search walks back day by day through the holiday table, and the plan asks again on every page. */
const lastDaysToAsk = new Map<IsoDate, IsoDate | null>();
