/**
 * Business days (días hábiles) in Peru: Monday to Friday, less the national holidays. Días no laborables are
 * counted as business days: they bind the public sector only and leave out telecommunications.
 */

import { bajaDeadline } from "../content/bajaDeadline.ts";
import { type IsoDate, type Rule, ruleInForce } from "../content/fact.ts";
import { holidaysByYear, holidayYears } from "../content/holidays.ts";

const holidays = new Set<IsoDate>(
  Object.values(holidaysByYear).flatMap((year) => year.holidays.map((holiday) => holiday.day)),
);

// Days are counted as whole days since 1970-01-01 in UTC, where every day lasts 24 hours.
const msPerDay = 86_400_000;

const isoDay = (dayNumber: number): IsoDate => new Date(dayNumber * msPerDay).toISOString().slice(0, 10);

function dayNumber(day: IsoDate): number {
  const ms = Date.parse(day);
  // Date.parse reads 2026-02-30 as 2 March: only a day that reads back the same is a real one.
  if (!Number.isFinite(ms) || isoDay(ms / msPerDay) !== day)
    throw new RangeError(`Not a calendar day: ${day}`);
  return ms / msPerDay;
}

/** The calendar day `n` days after `day` (before it, for a negative n). */
export const addCalendarDays = (day: IsoDate, n: number): IsoDate => isoDay(dayNumber(day) + n);

const isBusinessDayNumber = (day: number): boolean => {
  const weekday = new Date(day * msPerDay).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(isoDay(day));
};

export const isBusinessDay = (day: IsoDate): boolean => isBusinessDayNumber(dayNumber(day));

/** The n-th business day after `day`: Peruvian deadlines start counting on the business day after the request. */
export function addBusinessDays(day: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Not a count of business days: ${n}`);
  let reached = dayNumber(day);
  for (let counted = 0; counted < n; ) {
    reached += 1;
    if (isBusinessDayNumber(reached)) counted += 1;
  }
  return isoDay(reached);
}

/**
 * The business day a filing made on `day` counts from if one made on a weekend or holiday counts from the next
 * business day: no source says whether it does, so the dates the carrier must wait for use the later reading.
 */
export const deemedFiledOn = (day: IsoDate): IsoDate => (isBusinessDay(day) ? day : addBusinessDays(day, 1));

/** The day by which the carrier must have carried out a baja requested on `requestDay`. */
export const bajaDueDate = (requestDay: IsoDate): IsoDate =>
  addBusinessDays(requestDay, ruleInForce(bajaDeadline, requestDay).value);

/** The rules a carrier may hold to on that day: the one in force, and the one before it while its start is unconfirmed. */
export function bajaRulesThatMayApply(requestDay: IsoDate): [Rule, ...Rule[]] {
  const inForce = ruleInForce(bajaDeadline, requestDay);
  const earlier = bajaDeadline.rules[bajaDeadline.rules.indexOf(inForce) - 1];
  return inForce.startToBeConfirmed && earlier ? [inForce, earlier] : [inForce];
}

/**
 * While the start of the rule in force is unconfirmed, the day the rule before it would give, counted from the next
 * business day for a request on a day off (the later reading); null once the start is confirmed.
 */
export function dueDateUnderRuleBefore(requestDay: IsoDate): IsoDate | null {
  const [, earlier] = bajaRulesThatMayApply(requestDay);
  return earlier ? addBusinessDays(deemedFiledOn(requestDay), earlier.value) : null;
}

/** The latest day a baja asked for that day may be due: what to count with when the line must be gone by a date. */
export function latestBajaDueDate(requestDay: IsoDate): IsoDate {
  const underEarlierRule = dueDateUnderRuleBefore(requestDay);
  const inForce = bajaDueDate(requestDay);
  return underEarlierRule !== null && underEarlierRule > inForce ? underEarlierRule : inForce;
}

/** The years the holiday table covers, first and last. */
export const yearsWithHolidays = { first: Math.min(...holidayYears), last: Math.max(...holidayYears) };

/** A count of business days over a day outside the table may be off: that year's holidays are not in it. */
export const outsideHolidayTable = (day: IsoDate): boolean => {
  const year = Number(day.slice(0, 4));
  return year < yearsWithHolidays.first || year > yearsWithHolidays.last;
};
