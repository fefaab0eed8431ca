import { describe, expect, it } from "vitest";
import { journeyFor, progressOf } from "../../src/flow/journey.ts";

describe("journeyFor and progressOf", () => {
  it("counts the steps along the user's own path", () => {
    const plain = journeyFor({ reason: "other" });
    expect(plain[0]).toBe("reason");
    expect(plain.at(-1)).toBe("summary");
    expect(plain).not.toContain("reasonAdvice");
    expect(progressOf("reason", { reason: "other" })).toEqual({ current: 1, total: plain.length });
  });

  it("grows when an answer adds an advice page, and follows the channel chosen", () => {
    const withAdvice = journeyFor({ reason: "switchingCarrier", cardStatus: "stolen", channel: "phone" });
    const plain = journeyFor({ reason: "other", channel: "phone" });
    expect(withAdvice.length).toBe(plain.length + 2);
    expect(withAdvice).toContain("onCall");
    expect(withAdvice).not.toContain("atStore");
    expect(progressOf("cardStatus", { reason: "switchingCarrier" })?.current).toBe(3);
  });

  it("shows no count on the summary or on a step not on the path", () => {
    expect(progressOf("summary", {})).toBeNull();
    expect(progressOf("holderAdvice", { holder: "me" })).toBeNull();
  });
});
