import { describe, expect, it } from "vitest";
import { bajaDueDate } from "../../src/flow/businessDays.ts";
import { lastDayToAsk } from "../../src/flow/flight.ts";
import { planFor } from "../../src/flow/plan.ts";
import { completeAnswers } from "../support/completeAnswers.ts";

describe("the last day to ask before a flight", () => {
  it.each([
    [
      "2026-07-27",
      "2026-07-22",
      "23 July is a holiday; asked on Friday the 24th, it would be due on the flight's day",
    ],
    ["2026-12-15", "2026-12-11", "asked on Friday, done on Monday the 14th; never a weekend"],
    ["2026-03-30", "2026-03-26", "one business day from the day the new rule applies"],
    ["2026-03-27", "2026-03-19", "the day before, the old rule's five business days would reach the flight"],
  ])("a flight on %s: ask by %s (%s)", (flight, lastDay) => {
    expect(lastDayToAsk(flight)).toBe(lastDay);
    expect(bajaDueDate(lastDay) < flight).toBe(true);
  });

  it("is the latest such business day: the next business day's deadline would reach the flight", () => {
    expect(lastDayToAsk("2026-12-15")).toBe("2026-12-11");
    expect(bajaDueDate("2026-12-14")).toBe("2026-12-15");
  });
});

describe("the plan for someone flying out", () => {
  const today = "2026-11-26";
  const leaving = { ...completeAnswers, reason: "leavingPeru" } as const;

  it("a flight in weeks: ask by the last day, named with the flight", () => {
    const [first] = planFor({ ...leaving, flightDate: "2026-12-15" }, today);
    expect(first).toMatchObject({
      id: "askBeforeFlight",
      days: { lastDay: "2026-12-11", flight: "2026-12-15" },
      values: { days: 1 },
      because: [{ question: "flightDate", answer: "2026-12-15" }],
    });
  });

  it("a flight tomorrow: ask today, the deadline may run past the flight", () => {
    const [first] = planFor({ ...leaving, flightDate: "2026-11-27" }, today);
    expect(first).toMatchObject({ id: "askTodayForFlight", days: { flight: "2026-11-27" } });
  });

  it.each(["", "2026-11-26", "2026-11-01"])(
    "no flight item for the flight date %j (none, today or past)",
    (flightDate) => {
      const ids = planFor({ ...leaving, flightDate }, today).map((action) => action.id);
      expect(ids).not.toContain("askBeforeFlight");
      expect(ids).not.toContain("askTodayForFlight");
      expect(ids).toContain("askWhatWorksFromAbroad");
    },
  );
});
