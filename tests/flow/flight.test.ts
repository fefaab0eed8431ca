import { describe, expect, it } from "vitest";
import { bajaDueDate, bajaRulesThatMayApply, latestBajaDueDate } from "../../src/flow/businessDays.ts";
import { lastDayToAsk } from "../../src/flow/flight.ts";
import { planFor } from "../../src/flow/plan.ts";
import { completeAnswers } from "../support/completeAnswers.ts";

describe("the last day to ask before a flight", () => {
  it.each([
    [
      "2026-07-27",
      "2026-07-16",
      "23 July is a holiday; asked on Friday the 17th, five business days reach the flight",
    ],
    ["2026-12-15", "2026-12-03", "8 and 9 December are holidays; never a weekend"],
    [
      "2026-03-30",
      "2026-03-20",
      "the new rule's start is unconfirmed, so the earlier five business days count",
    ],
    [
      "2026-03-27",
      "2026-03-19",
      "the day before the new rule, its five business days would reach the flight",
    ],
  ])("a flight on %s: ask by %s (%s)", (flight, lastDay) => {
    expect(lastDayToAsk(flight)).toBe(lastDay);
    expect(latestBajaDueDate(lastDay) < flight).toBe(true);
  });

  it("is the latest such business day: the next business day's latest deadline would reach the flight", () => {
    expect(lastDayToAsk("2026-12-15")).toBe("2026-12-03");
    expect(latestBajaDueDate("2026-12-04")).toBe("2026-12-15");
  });

  it("counts with the rule before the new one while the new one's start is unconfirmed, not with its one day", () => {
    expect(bajaDueDate("2026-12-03")).toBe("2026-12-04");
    expect(latestBajaDueDate("2026-12-03")).toBe("2026-12-14");
    expect(bajaRulesThatMayApply("2026-12-03").map(({ value }) => value)).toEqual([1, 5]);
    expect(bajaRulesThatMayApply("2026-03-25").map(({ value }) => value)).toEqual([5]);
    expect(latestBajaDueDate("2026-03-19")).toBe(bajaDueDate("2026-03-19"));
  });
});

describe("the plan for someone flying out", () => {
  const today = "2026-11-26";
  const leaving = { ...completeAnswers, reason: "leavingPeru" } as const;

  it("a flight in weeks: ask by the last day, named with the flight", () => {
    const [first] = planFor({ ...leaving, flightDate: "2026-12-15" }, today);
    expect(first).toMatchObject({
      id: "askBeforeFlight",
      days: { lastDay: "2026-12-03", flight: "2026-12-15" },
      values: { days: 5 },
      because: [{ question: "flightDate", answer: "2026-12-15" }],
    });
  });

  it("cites both the rule in force and the one before it, whose time it counts with", () => {
    const [first] = planFor({ ...leaving, flightDate: "2026-12-15" }, today);
    expect(first?.basis).toMatchObject({
      kind: "facts",
      facts: [
        { norm: { name: "Res. 000132-2025-CD/OSIPTEL", startToBeConfirmed: true } },
        { norm: { name: "Res. 172-2022-CD/OSIPTEL" } },
      ],
    });
  });

  it.each(["2026-11-26", "2026-11-27"])(
    "a flight on %s (today, tomorrow): ask today, the deadline may run past the flight",
    (flightDate) => {
      const [first] = planFor({ ...leaving, flightDate }, today);
      expect(first).toMatchObject({ id: "askTodayForFlight", days: { flight: flightDate } });
    },
  );

  it.each(["", "2026-11-25", "2026-11-01"])(
    "no flight item for the flight date %j (none, or past)",
    (flightDate) => {
      const ids = planFor({ ...leaving, flightDate }, today).map((action) => action.id);
      expect(ids).not.toContain("askBeforeFlight");
      expect(ids).not.toContain("askTodayForFlight");
      expect(ids).toContain("askWhatWorksFromAbroad");
    },
  );
});
