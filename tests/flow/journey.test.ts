import { describe, expect, it } from "vitest";
import { journeyFor } from "../../src/flow/journey.ts";
import { completeAnswers } from "../support/completeAnswers.ts";

describe("journeyFor", () => {
  it("counts the steps along the user's own path", () => {
    const plain = journeyFor({ reason: "other" });
    expect(plain[0]).toBe("reason");
    expect(plain.at(-1)).toBe("summary");
    expect(plain).not.toContain("reasonAdvice");
  });

  it("grows when an answer adds an advice page, and follows the channel chosen", () => {
    const withAdvice = journeyFor({ reason: "tooExpensive", cardStatus: "stolen", channel: "phone" });
    const plain = journeyFor({ reason: "other", channel: "phone" });
    expect(withAdvice.length).toBe(plain.length + 2);
    expect(withAdvice).toContain("onCall");
    expect(withAdvice).not.toContain("atStore");
  });

  it("a switcher keeping the number ends at the portability page", () => {
    const keeper = {
      reason: "switchingCarrier",
      keepNumber: "yes",
      whereabouts: "leaving",
      cardStatus: "working",
    } as const;
    expect(journeyFor(keeper)).toEqual(["reason", "keepNumber", "whereabouts", "cardStatus", "portability"]);
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
});
