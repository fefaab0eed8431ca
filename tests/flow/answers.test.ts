import { describe, expect, it } from "vitest";
import { parseAnswer } from "../../src/flow/answers.ts";

describe("the line number answer", () => {
  it.each([
    ["987654321", "987654321"],
    ["987 654 321", "987654321"],
    ["+51 987-654-321", "987654321"],
    ["51987654321", "987654321"],
    ["", ""],
  ])("accepts %j as %j", (typed, stored) => {
    expect(parseAnswer("lineNumber", typed)).toEqual({ ok: true, value: stored });
  });

  it.each(["98765432", "887654321", "9876543210", "abc", "+44 987654321"])("rejects %j", (typed) => {
    expect(parseAnswer("lineNumber", typed)).toEqual({ ok: false, error: "error.lineNumber" });
  });

  it("rejects anything that is not text, and unknown options", () => {
    expect(parseAnswer("lineNumber", 987654321)).toEqual({ ok: false, error: "error.lineNumber" });
    expect(parseAnswer("carrier", "tim")).toEqual({ ok: false, error: "error.carrier" });
    expect(parseAnswer("carrier", undefined)).toEqual({ ok: false, error: "error.carrier" });
  });
});
