import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holidaysByYear, holidayYears } from "../../src/content/holidays.ts";
import { addBusinessDays, bajaDueDate, isBusinessDay } from "../../src/flow/businessDays.ts";
import { businessDaysBetween } from "../support/businessDaysBetween.ts";

const holidays = new Set(Object.values(holidaysByYear).flatMap((table) => table.holidays.map((h) => h.day)));

/** Any day the holiday table covers, from 1 January 2026 to 31 December 2027. */
const anyCoveredDay = fc
  .date({ min: new Date("2026-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
  .map((moment) => moment.toISOString().slice(0, 10));

const isWeekend = (day: string) => [0, 6].includes(new Date(day).getUTCDay());

describe("business-day arithmetic, for any covered day", () => {
  it("a due date never lands on a weekend or a holiday", () => {
    fc.assert(
      fc.property(anyCoveredDay, (requestDay) => {
        const dueDate = bajaDueDate(requestDay);
        expect(isWeekend(dueDate)).toBe(false);
        expect(holidays.has(dueDate)).toBe(false);
        expect(dueDate > requestDay).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("under one rule, a later request never gets an earlier due date", () => {
    const newRuleStart = "2026-03-26";
    fc.assert(
      fc.property(anyCoveredDay, anyCoveredDay, (one, other) => {
        fc.pre(one < newRuleStart === other < newRuleStart);
        const [earlier, later] = [one, other].sort();
        expect(bajaDueDate(later as string) >= bajaDueDate(earlier as string)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("across the change of rule it can: the shorter deadline starts on its day", () => {
    expect(bajaDueDate("2026-03-25")).toBe("2026-04-01");
    expect(bajaDueDate("2026-03-26")).toBe("2026-03-27");
  });

  it("adding n business days and counting them back agree", () => {
    fc.assert(
      fc.property(anyCoveredDay, fc.integer({ min: 0, max: 40 }), (day, n) => {
        const reached = addBusinessDays(day, n);
        expect(businessDaysBetween(day, reached)).toBe(n);
        expect(businessDaysBetween(reached, day) + n).toBe(0);
        if (n > 0) expect(isBusinessDay(reached)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("counting then adding reaches the last business day on or before the end", () => {
    fc.assert(
      fc.property(anyCoveredDay, anyCoveredDay, (one, other) => {
        const [from, to] = [one, other].sort() as [string, string];
        const reached = addBusinessDays(from, businessDaysBetween(from, to));
        expect(reached <= to).toBe(true);
        expect(businessDaysBetween(reached, to)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the holiday table", () => {
  it.each(holidayYears)("dates every %i holiday in its year, once, on a real calendar day", (year) => {
    const days = holidaysByYear[year].holidays.map((holiday) => holiday.day);
    for (const day of days) {
      expect(day.startsWith(`${year}-`)).toBe(true);
      expect(new Date(day).toISOString().slice(0, 10)).toBe(day);
    }
    expect(new Set(days).size).toBe(days.length);
  });

  it("leaves no year out between its first and last", () => {
    const first = holidayYears[0] as number;
    expect(holidayYears).toEqual(holidayYears.map((_, index) => first + index));
  });
});
