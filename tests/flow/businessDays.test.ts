import { describe, expect, it } from "vitest";
import {
  addBusinessDays,
  addCalendarDays,
  bajaDueDate,
  isBusinessDay,
  outsideHolidayTable,
  yearsWithHolidays,
} from "../../src/flow/businessDays.ts";
import { businessDaysBetween } from "../support/businessDaysBetween.ts";

describe("isBusinessDay", () => {
  it.each([
    ["2026-07-22", true, "a Wednesday"],
    ["2026-07-23", false, "Día de la Fuerza Aérea"],
    ["2026-07-25", false, "a Saturday"],
    ["2026-07-26", false, "a Sunday"],
    ["2026-01-02", true, "a día no laborable, which binds the public sector only"],
    ["2026-09-23", true, "23 September, not a holiday"],
    ["2027-03-25", false, "Jueves Santo 2027"],
  ])("%s is a business day: %s (%s)", (day, expected) => {
    expect(isBusinessDay(day)).toBe(expected);
  });

  it.each(["2026-02-30", "2026-7-22", "22/07/2026", "2026-07-22T10:00", ""])("refuses %j", (day) => {
    expect(() => isBusinessDay(day)).toThrow(RangeError);
  });
});

describe("addCalendarDays", () => {
  it.each([
    ["2026-03-01", -1, "2026-02-28"],
    ["2027-01-01", -1, "2026-12-31"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-07-22", 0, "2026-07-22"],
  ])("%s plus %i calendar days is %s", (day, n, expected) => {
    expect(addCalendarDays(day, n)).toBe(expected);
  });
});

describe("addBusinessDays", () => {
  it.each([
    ["2026-07-22", 5, "2026-08-03", "past 23, 28 and 29 July"],
    ["2026-07-31", 5, "2026-08-10", "past the Batalla de Junín"],
    ["2026-12-03", 5, "2026-12-14", "past 8 and 9 December"],
    ["2026-07-24", 1, "2026-07-27", "past a weekend"],
    ["2026-07-22", 0, "2026-07-22", "the day itself for none"],
  ])("%s plus %i business days is %s (%s)", (day, n, expected) => {
    expect(addBusinessDays(day, n)).toBe(expected);
  });

  it.each([-1, 1.5, Number.NaN])("refuses %s business days", (n) => {
    expect(() => addBusinessDays("2026-07-22", n)).toThrow(RangeError);
  });
});

describe("the tests' own count of business days, which the other tests check the app's dates against", () => {
  it("counts the business days after the first day up to and including the last", () => {
    expect(businessDaysBetween("2026-07-22", "2026-08-03")).toBe(5);
    expect(businessDaysBetween("2026-07-22", "2026-07-22")).toBe(0);
    expect(businessDaysBetween("2026-07-27", "2026-07-29")).toBe(0);
  });

  it("is negative when the last day comes first", () => {
    expect(businessDaysBetween("2026-08-03", "2026-07-22")).toBe(-5);
  });
});

describe("bajaDueDate", () => {
  it.each([
    ["2026-03-25", "2026-04-01", "5 business days under the old rule: 26, 27, 30, 31 March, 1 April"],
    ["2026-03-26", "2026-03-27", "1 business day from the day the new rule applies"],
    ["2026-07-22", "2026-07-24", "23 July is a holiday"],
    ["2026-04-01", "2026-04-06", "past Jueves and Viernes Santo 2026 and the weekend"],
    ["2027-03-24", "2027-03-29", "past Jueves and Viernes Santo 2027 and the weekend"],
    ["2026-07-27", "2026-07-30", "past Fiestas Patrias"],
    ["2026-12-07", "2026-12-10", "past 8 and 9 December"],
    ["2026-12-31", "2027-01-04", "past New Year's Day and the weekend"],
    ["2026-01-01", "2026-01-08", "the día no laborable of 2 January counted as day 1"],
  ])("a baja requested on %s is due by %s (%s)", (requestDay, expected) => {
    expect(bajaDueDate(requestDay)).toBe(expected);
  });
});

describe("outsideHolidayTable", () => {
  const { first, last } = yearsWithHolidays;
  it.each([
    [`${first - 1}-12-31`, true],
    [`${first}-01-01`, false],
    [`${last}-12-31`, false],
    [`${last + 1}-01-01`, true],
  ])("%s lies outside the years whose holidays the table holds: %s", (day, outside) => {
    expect(outsideHolidayTable(day)).toBe(outside);
  });
});
