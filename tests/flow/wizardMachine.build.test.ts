import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { noFollowUp } from "../../src/flow/followUp.ts";
import { questionIds, questionSteps, stepIds } from "../../src/flow/steps.ts";
import { wizardMachine } from "../../src/flow/wizardMachine.ts";

describe("building the wizard", () => {
  it("each question in the step table has the schema its answers must pass", () => {
    expect(questionSteps.map((step) => step.schema.safeParse(undefined).success)).toEqual(
      questionSteps.map(() => false),
    );
  });

  it("a new wizard opens at the welcome page, with nothing answered, ticked or visited", () => {
    const snapshot = createActor(wizardMachine, { input: {} }).start().getSnapshot();
    expect(snapshot.value).toBe("welcome");
    expect(snapshot.context).toEqual({
      answers: {},
      ticks: [],
      visited: [],
      error: null,
      returningToSummary: false,
      changing: null,
      followUp: noFollowUp,
    });
  });

  it("a wizard resumed from a saved session keeps its answers and ticks until the user starts again", () => {
    const actor = createActor(wizardMachine, {
      input: { answers: { reason: "other", carrier: "bitel" }, ticks: ["dni"] },
    }).start();
    expect(actor.getSnapshot().context).toMatchObject({
      answers: { reason: "other", carrier: "bitel" },
      ticks: ["dni"],
    });
    actor.send({ type: "START" });
    expect(actor.getSnapshot().value).toBe("reason");
  });

  it("every question is a step of its own, reached with NEXT from the one before where its answers call for it", () => {
    const answerOf: Record<string, string> = {
      reason: "switchingCarrier",
      keepNumber: "notSure",
      whereabouts: "leaving",
      cardStatus: "working",
      receivesSms: "yes",
      planType: "postpaid",
      carrier: "claro",
      phoneOnInstalments: "no",
      lineNumber: "",
      holder: "someoneElse",
      requester: "theHolder",
      identityDocument: "dni",
      channel: "phone",
      flightDate: "",
    };
    const actor = createActor(wizardMachine, { input: {} }).start();
    actor.send({ type: "START" });
    const asked: unknown[] = [];
    // A page the walk cannot leave ends it, rather than the test run: no more pages than the step table has.
    for (
      let pages = 0;
      pages < stepIds.length && String(actor.getSnapshot().value) !== "documents";
      pages += 1
    ) {
      const step = String(actor.getSnapshot().value);
      if (step in answerOf) {
        asked.push(step);
        actor.send({ type: "ANSWER", value: answerOf[step], today: "2026-11-26" });
      } else {
        actor.send({ type: "NEXT" });
      }
    }
    expect(asked).toEqual(questionIds);
  });
});
