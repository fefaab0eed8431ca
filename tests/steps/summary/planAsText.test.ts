import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/flow/answers.ts";
import { noFollowUp } from "../../../src/flow/followUp.ts";
import { i18n } from "../../../src/i18n/i18n.ts";
import { planAsText, planFileName } from "../../../src/steps/summary/planAsText.ts";

const t = i18n._.bind(i18n) as Parameters<typeof planAsText>[2]["t"];
const claroAtStore: Answers = {
  reason: "leavingPeru",
  whereabouts: "inPeru",
  cardStatus: "working",
  planType: "prepaid",
  carrier: "claro",
  lineNumber: "987654321",
  holder: "me",
  identityDocument: "passport",
  channel: "store",
};
const options = { t, followUp: noFollowUp, spanish: null, locale: "en", today: "2026-12-07" } as const;

describe("the plan as a text file", () => {
  it("is named after its line", () => {
    expect(planFileName(claroAtStore)).toBe("adios-chip-plan-claro-987654321.txt");
  });

  it("lists the person's other lines with where each stands, and what they share as our advice", () => {
    const text = planAsText(claroAtStore, [], {
      ...options,
      otherLines: {
        standings: ["Movistar: Asked for on December 1, 2026; check on December 3, 2026 that it is gone."],
        sharedTrips: ["Your store visits to Claro and Entel can be made on the same day."],
      },
    });
    const lines = text.split("\n");
    const start = lines.indexOf("Your lines");
    expect(lines.slice(start, start + 5)).toEqual([
      "Your lines",
      "==========",
      "",
      "- Movistar: Asked for on December 1, 2026; check on December 3, 2026 that it is gone.",
      "Our advice: Your store visits to Claro and Entel can be made on the same day.",
    ]);
  });

  it("has no section for other lines when there are none", () => {
    const text = planAsText(claroAtStore, [], { ...options, otherLines: { standings: [], sharedTrips: [] } });
    expect(text).not.toContain("Your lines");
  });
});
