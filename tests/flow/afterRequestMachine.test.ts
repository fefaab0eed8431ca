import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import { noFollowUp } from "../../src/flow/followUp.ts";
import type { StepId } from "../../src/flow/steps.ts";
import { eventOnTo, type WizardEvent, wizardMachine } from "../../src/flow/wizardMachine.ts";
import { completeAnswers } from "../support/completeAnswers.ts";

const request = { date: "2026-07-22", channel: "store", code: "CL-42", chosenDate: "" };
const today = "2026-08-20";

/** A wizard standing on the way up, with a reclamo recorded, reached as the user would from the summary. */
function onTheWayUp() {
  const actor = createActor(wizardMachine, {
    input: {},
    snapshot: wizardMachine.resolveState({
      value: "summary",
      context: {
        answers: completeAnswers,
        ticks: [],
        visited: ["welcome"],
        error: null,
        returningToSummary: false,
        changing: null,
        followUp: noFollowUp,
      },
    }),
  }).start();
  const events: WizardEvent[] = [
    { type: "FOLLOW_UP" },
    { type: "RECORD_REQUEST", value: request, today },
    { type: "CHECK_IN", today },
    { type: "ANSWER", value: "stillWorking", today },
    {
      type: "RECORD_ESCALATION",
      value: { reclamoDate: "2026-07-27", reclamoCode: "R-7", answerDate: "" },
      today,
    },
  ];
  for (const event of events) actor.send(event);
  return actor;
}

describe("the pages after the request, in the machine", () => {
  it("reach the way up from the summary, keeping every record", () => {
    const actor = onTheWayUp();
    expect(actor.getSnapshot().value).toBe("wayUp");
    expect(actor.getSnapshot().context.followUp).toMatchObject({
      request,
      lineCheck: "stillWorking",
      escalation: { reclamoDate: "2026-07-27", reclamoCode: "R-7" },
    });
  });

  it("keep how the request went when it is recorded again with the same days, e.g. to correct its code", () => {
    const actor = onTheWayUp();
    for (const _ of ["checkIn", "dueDate"]) actor.send({ type: "BACK" });
    actor.send({ type: "EDIT_REQUEST" });
    expect(actor.getSnapshot().value).toBe("requestMade");
    actor.send({ type: "RECORD_REQUEST", value: { ...request, code: "CL-0042" }, today });
    expect(actor.getSnapshot().value).toBe("dueDate");
    expect(actor.getSnapshot().context.followUp).toMatchObject({
      request: { code: "CL-0042" },
      lineCheck: "stillWorking",
      escalation: { reclamoDate: "2026-07-27" },
    });
  });

  it("start the follow-up afresh for a request moved to another day", () => {
    const actor = onTheWayUp();
    for (const _ of ["checkIn", "dueDate", "requestMade"]) actor.send({ type: "BACK" });
    actor.send({ type: "RECORD_REQUEST", value: { ...request, date: "2026-07-23" }, today });
    expect(actor.getSnapshot().context.followUp).toMatchObject({
      lineCheck: null,
      escalation: noFollowUp.escalation,
    });
  });

  it("open the letters from the summary before any request is recorded, and Back returns to it", () => {
    const actor = createActor(wizardMachine, {
      input: {},
      snapshot: wizardMachine.resolveState({
        value: "summary",
        context: { ...onTheWayUp().getSnapshot().context, followUp: noFollowUp, visited: ["welcome"] },
      }),
    }).start();
    actor.send({ type: "OPEN_LETTERS" });
    expect(actor.getSnapshot().value).toBe("letters");
    actor.send({ type: "CHECK_IN", today });
    expect(actor.getSnapshot().value).toBe("letters");
    actor.send({ type: "BACK" });
    expect(actor.getSnapshot().value).toBe("summary");
  });
});

describe("eventOnTo, which the browser's Forward replays", () => {
  it("finds the button's own event for a page Continue does not lead to, and lands there", () => {
    const actor = onTheWayUp();
    const toLetters = eventOnTo(actor.getSnapshot(), "letters", today);
    expect(toLetters).toEqual({ type: "OPEN_LETTERS" });
    actor.send(toLetters ?? { type: "NEXT" });
    expect(actor.getSnapshot().value).toBe("letters");
  });

  it("finds Continue where it leads to the page, and nothing for a page more than one move away", () => {
    const actor = onTheWayUp();
    actor.send({ type: "BACK" });
    actor.send({ type: "BACK" });
    expect(actor.getSnapshot().value).toBe("dueDate");
    expect(eventOnTo(actor.getSnapshot(), "checkIn", today)).toEqual({ type: "CHECK_IN", today });
    expect(eventOnTo(actor.getSnapshot(), "wayUp", today)).toBeNull();
    actor.send({ type: "BACK" });
    expect(eventOnTo(actor.getSnapshot(), "dueDate", today)).toEqual({ type: "NEXT" });
  });

  it("brings Back then Forward to the same page all the way from the summary to the letters", () => {
    const actor = onTheWayUp();
    actor.send({ type: "OPEN_LETTERS" });
    const way: StepId[] = [...actor.getSnapshot().context.visited.slice(1), "letters"];
    expect(way).toEqual(["summary", "requestMade", "dueDate", "checkIn", "wayUp", "letters"]);
    for (const page of way.toReversed().slice(0, -1)) {
      expect(actor.getSnapshot().value).toBe(page);
      actor.send({ type: "BACK" });
      const forward = eventOnTo(actor.getSnapshot(), page, today);
      expect(forward, `Forward to ${page}`).not.toBeNull();
      const back = actor.getSnapshot();
      actor.send(forward ?? { type: "NEXT" });
      expect(actor.getSnapshot().value).toBe(page);
      actor.send({ type: "BACK" });
      expect(actor.getSnapshot().value).toBe(back.value);
    }
  });

  it("finds none for a page its guard keeps closed: before the due day, no check-in", () => {
    const actor = onTheWayUp();
    actor.send({ type: "BACK" });
    actor.send({ type: "BACK" });
    expect(eventOnTo(actor.getSnapshot(), "checkIn", "2026-07-22")).toBeNull();
  });
});
