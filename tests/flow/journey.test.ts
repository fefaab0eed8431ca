import { describe, expect, it } from "vitest";
import { journeyFor, progressOf } from "../../src/flow/journey.ts";
import { completeAnswers } from "../support/completeAnswers.ts";

/** A son whose father, the holder of an Entel postpaid line, has died. */
const heirsAnswers = {
  reason: "other",
  cardStatus: "working",
  planType: "postpaid",
  carrier: "entel",
  lineNumber: "",
  holder: "deceased",
} as const;

describe("journeyFor and progressOf", () => {
  it("counts the steps along the user's own path", () => {
    const plain = journeyFor({ reason: "other" });
    expect(plain[0]).toBe("reason");
    expect(plain.at(-1)).toBe("summary");
    expect(plain).not.toContain("reasonAdvice");
    expect(progressOf("reason", { reason: "other" })).toEqual({ current: 1, total: plain.length });
  });

  it("grows when an answer adds an advice page, and follows the channel chosen", () => {
    const withAdvice = journeyFor({ reason: "tooExpensive", cardStatus: "stolen", channel: "phone" });
    const plain = journeyFor({ reason: "other", channel: "phone" });
    expect(withAdvice.length).toBe(plain.length + 2);
    expect(withAdvice).toContain("onCall");
    expect(withAdvice).not.toContain("atStore");
    // reason, its advice, where the person is, then the card.
    expect(progressOf("cardStatus", { reason: "tooExpensive" })?.current).toBe(4);
  });

  it("a switcher keeping the number ends at the portability page, with no count that would fall", () => {
    const keeper = {
      reason: "switchingCarrier",
      keepNumber: "yes",
      whereabouts: "leaving",
      cardStatus: "working",
    } as const;
    expect(journeyFor(keeper)).toEqual(["reason", "keepNumber", "whereabouts", "cardStatus", "portability"]);
    expect(progressOf("cardStatus", keeper)).toBeNull();
    expect(progressOf("keepNumber", { reason: "switchingCarrier" })?.current).toBe(2);
  });

  it("shows no count on the summary or on a step not on the path", () => {
    expect(progressOf("summary", {})).toBeNull();
    expect(progressOf("holderAdvice", { holder: "me" })).toBeNull();
  });

  it.each([
    ["store", "atStore"],
    ["phone", "onCall"],
    ["online", "online"],
  ] as const)("by %s, the user reads only the %s page of the three ways to ask", (channel, page) => {
    const journey = journeyFor({ ...completeAnswers, channel });
    const requestPages = journey.filter((step) => ["atStore", "onCall", "online"].includes(step));
    expect(requestPages).toEqual([page]);
    expect(journey.slice(journey.indexOf(page) - 1, journey.indexOf(page) + 2)).toEqual([
      "documents",
      page,
      "balance",
    ]);
  });

  it("counts a journey before any answer by the fewest pages it can take", () => {
    const journey = journeyFor({});
    expect(journey).toEqual(journeyFor({ reason: "other", cardStatus: "working", lineNumber: "" }));
    expect(journey).not.toContain("reasonAdvice");
    expect(journey).toContain("lineNumber");
    expect(journey.at(-1)).toBe("summary");
  });

  it("an heir reads a total that never falls as he answers (it went 14, 13, 14), and grows for the holder's advice", () => {
    const questionsAnswered = Object.keys(heirsAnswers).length;
    const totals = Array.from({ length: questionsAnswered + 1 }, (_, count) => {
      const answers = Object.fromEntries(Object.entries(heirsAnswers).slice(0, count));
      return progressOf("reason", answers)?.total ?? 0;
    });
    expect(totals).toEqual(totals.toSorted((a, b) => a - b));
    expect(totals.at(-1)).toBeGreaterThan(totals.at(-2) ?? Infinity);
  });

  it("counts each step of the path in order, the same for the same answers however often it is asked", () => {
    const answers = { ...completeAnswers };
    const journey = journeyFor(answers);
    journey.slice(0, -1).forEach((step, index) => {
      expect(progressOf(step, answers)).toEqual({ current: index + 1, total: journey.length });
    });
    expect(progressOf("reason", answers)).toEqual({ current: 1, total: journey.length });
  });

  it("recounts for new answers: a page that only informs leaves the answers object as it was", () => {
    const before = { reason: "other" } as const;
    const after = { reason: "tooExpensive" } as const;
    expect(progressOf("cardStatus", before)?.current).toBe(3);
    expect(progressOf("cardStatus", after)?.current).toBe(4);
    expect(progressOf("cardStatus", before)?.current).toBe(3);
  });
});
