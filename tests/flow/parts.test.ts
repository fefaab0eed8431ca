import { describe, expect, it } from "vitest";
import { partOf } from "../../src/flow/parts.ts";

describe("partOf", () => {
  it("names the part of each page before the plan, out of the same four", () => {
    expect(partOf("reason")).toEqual({ number: 1, total: 4, part: "situation" });
    expect(partOf("flightDate")).toEqual({ number: 1, total: 4, part: "situation" });
    expect(partOf("cardStatus")).toEqual({ number: 2, total: 4, part: "line" });
    expect(partOf("identityDocument")).toEqual({ number: 2, total: 4, part: "line" });
    expect(partOf("channel")).toEqual({ number: 3, total: 4, part: "request" });
    expect(partOf("onCall")).toEqual({ number: 3, total: 4, part: "request" });
    expect(partOf("balance")).toEqual({ number: 4, total: 4, part: "afterwards" });
    expect(partOf("cleanup")).toEqual({ number: 4, total: 4, part: "afterwards" });
  });

  it("shows none where nothing follows in the same way: the welcome, a page that ends it, the plan and after", () => {
    for (const step of ["welcome", "unrecognisedLine", "summary", "requestMade", "wayUp", "letters"] as const)
      expect(partOf(step), step).toBeNull();
  });
});
