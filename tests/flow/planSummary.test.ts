import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/flow/answers.ts";
import { planSummaryFor } from "../../src/flow/planSummary.ts";

const today = "2026-12-07";

/** A son whose father, the holder of an Entel postpaid line, has died: he goes to a store for both visits. */
const heir: Answers = {
  reason: "holderDied",
  whereabouts: "inPeru",
  cardStatus: "working",
  planType: "postpaid",
  carrier: "entel",
  phoneOnInstalments: "no",
  lineNumber: "987654321",
  holder: "deceased",
  identityDocument: "dni",
  channel: "store",
};

describe("the plan's summary, for the page, the print and the text alike", () => {
  it("gives an heir a card for the change of holder, then one for the cancellation, each with its own papers", () => {
    const { staffCards } = planSummaryFor(heir, today);
    expect(staffCards.map(({ visit }) => visit)).toEqual(["changeOfHolder", "cancellation"]);
    const bring = staffCards.map(({ lines }) => lines.find((line) => line.id === "bring"));
    for (const [index, visit] of ["changeOfHolder", "cancellation"].entries()) {
      const documents = bring[index]?.documents ?? [];
      expect(documents.length).toBeGreaterThan(0);
      expect(documents.filter((item) => item.visit !== visit)).toEqual([]);
    }
    expect(staffCards[1]?.lines).toContainEqual({ id: "line", number: "987654321" });
  });

  it("lists only the questions asked, in the flow's order, each with its answer", () => {
    const { answers } = planSummaryFor(
      { ...heir, flightDate: "2027-01-10", receivesSms: "no", requester: "me" },
      today,
    );
    // Neither the flight nor SMS abroad (he stays in Peru) nor who asks (the holder has died) was asked of him.
    expect(answers).toEqual([
      { question: "reason", answer: "holderDied" },
      { question: "whereabouts", answer: "inPeru" },
      { question: "cardStatus", answer: "working" },
      { question: "planType", answer: "postpaid" },
      { question: "carrier", answer: "entel" },
      { question: "phoneOnInstalments", answer: "no" },
      { question: "lineNumber", answer: "987654321" },
      { question: "holder", answer: "deceased" },
      { question: "identityDocument", answer: "dni" },
      { question: "channel", answer: "store" },
    ]);
  });

  it("gives someone who asks by phone no counter card, but what to say on the call", () => {
    const { staffCards } = planSummaryFor(
      { ...heir, reason: "leavingPeru", holder: "me", channel: "phone" },
      today,
    );
    expect(staffCards.map(({ visit }) => visit)).toEqual(["call"]);
    expect(staffCards[0]?.lines.map(({ id }) => id)).not.toContain("bring");
  });
});
