import { describe, expect, it } from "vitest";
import { noFollowUp } from "../../src/flow/followUp.ts";
import { holdsAnything, initialContext, type WizardInput } from "../../src/flow/wizardContext.ts";

describe("whether starting afresh would lose anything", () => {
  it("is no for a wizard nobody has answered", () => {
    expect(holdsAnything(initialContext({}))).toBe(false);
  });

  it.each<[string, WizardInput]>([
    ["an answer", { answers: { reason: "other" } }],
    ["a ticked document", { ticks: ["dni"] }],
    [
      "a recorded request",
      {
        followUp: {
          ...noFollowUp,
          request: { date: "2026-07-22", channel: "store", code: "", chosenDate: "" },
        },
      },
    ],
    [
      "a name typed for the letters",
      { followUp: { ...noFollowUp, letterDetails: { ...noFollowUp.letterDetails, holderName: "Ana" } } },
    ],
  ])("is yes once the wizard holds %s", (_, input) => {
    expect(holdsAnything(initialContext(input))).toBe(true);
  });
});
