import type { IsoDate } from "../../src/content/fact.ts";
import { addCalendarDays, isBusinessDay } from "../../src/flow/businessDays.ts";

/**
 * The tests' oracle for the app's counts: the business days after `from`, up to and including `to`, counted one day at
 * a time; negative when `to` comes first.
 */
export function businessDaysBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return -businessDaysBetween(to, from);
  let count = 0;
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1))
    if (isBusinessDay(day)) count += 1;
  return count;
}
