import { describe, expect, it } from "vitest";
import { createActor } from "xstate";
import type { QuestionId } from "../../src/flow/answers.ts";
import { wizardMachine } from "../../src/flow/wizardMachine.ts";
import { completeAnswers } from "../support/completeAnswers.ts";

function startedWizard() {
  const actor = createActor(wizardMachine, { input: {} }).start();
  actor.send({ type: "START" });
  const answer = (value: unknown) => actor.send({ type: "ANSWER", value, today: "2026-11-26" });
  const step = () => actor.getSnapshot().value;
  return { actor, answer, step, context: () => actor.getSnapshot().context };
}

/** Answers the questions in order, continuing past every page that only informs. */
function walk(wizard: ReturnType<typeof startedWizard>, answers: Partial<Record<QuestionId, string>>) {
  for (let moves = 0; moves < 40 && wizard.step() !== "summary"; moves += 1) {
    const step = wizard.step() as QuestionId;
    if (step in answers) wizard.answer(answers[step]);
    else wizard.actor.send({ type: "NEXT" });
  }
}

/** The pages the user sees until the summary, answering each question as `answers` say and continuing elsewhere. */
function pagesUntilSummary(
  wizard: ReturnType<typeof startedWizard>,
  answers: Partial<Record<QuestionId, string>>,
) {
  const pages: unknown[] = [];
  for (let moves = 0; moves < 40 && wizard.step() !== "summary"; moves += 1) {
    const step = wizard.step() as QuestionId;
    if (pages.at(-1) !== step) pages.push(step);
    if (step in answers) wizard.answer(answers[step]);
    else wizard.actor.send({ type: "NEXT" });
  }
  return pages;
}

/** The shared complete answers, for another reason, with a DNI; for someone else's line, the user asks. */
const ordinary = {
  ...completeAnswers,
  reason: "other",
  whereabouts: "inPeru",
  identityDocument: "dni",
  requester: "me",
};

describe("wizardMachine", () => {
  it("rejects an answer its step's schema does not accept, with the schema's message, and stays", () => {
    const wizard = startedWizard();
    wizard.answer("notAReason");
    expect(wizard.step()).toBe("reason");
    expect(wizard.context().error).toEqual({ field: "reason", message: "error.reason" });
    expect(wizard.context().answers).toEqual({});
    wizard.answer("other");
    expect(wizard.context().error).toBeNull();
  });

  it("does not leave a question on NEXT until it is answered", () => {
    const wizard = startedWizard();
    wizard.actor.send({ type: "NEXT" });
    expect(wizard.step()).toBe("reason");
  });

  it.each([
    [{ reason: "switchingCarrier", keepNumber: "notSure" }, "reasonAdvice"],
    [{ reason: "lostOrStolen", cardStatus: "damaged" }, "blockFirst"],
    [{ cardStatus: "stolen" }, "blockFirst"],
    [{ cardStatus: "suspendedForDebt" }, "debtFirst"],
    [{ holder: "someoneElse" }, "holderAdvice"],
    [{ holder: "deceased" }, "holderAdvice"],
    [{ holder: "notSure" }, "holderAdvice"],
    [{ channel: "phone" }, "onCall"],
    [{ channel: "online" }, "online"],
    [{ channel: "store" }, "atStore"],
  ])("the answers %o take the user through %s", (change, page) => {
    const wizard = startedWizard();
    const visited: unknown[] = [];
    wizard.actor.subscribe((snapshot) => visited.push(snapshot.value));
    walk(wizard, { ...ordinary, ...change });
    expect(visited).toContain(page);
    expect(wizard.step()).toBe("summary");
  });

  it("a stolen line in debt is blocked first, then the debt", () => {
    const wizard = startedWizard();
    wizard.answer("other");
    wizard.answer("inPeru");
    wizard.answer("stolen");
    expect(wizard.step()).toBe("blockFirst");
    wizard.actor.send({ type: "NEXT" });
    expect(wizard.step()).toBe("planType");
    const inDebt = startedWizard();
    inDebt.answer("lostOrStolen");
    inDebt.answer("inPeru");
    inDebt.answer("suspendedForDebt");
    inDebt.actor.send({ type: "NEXT" });
    expect(inDebt.step()).toBe("debtFirst");
  });

  it("a switcher is asked whether to keep the number; not sure, they are told about portability, then plan a cancellation", () => {
    const pages = pagesUntilSummary(startedWizard(), {
      ...ordinary,
      reason: "switchingCarrier",
      keepNumber: "notSure",
    });
    expect(pages.slice(0, 5)).toEqual(["reason", "keepNumber", "reasonAdvice", "whereabouts", "cardStatus"]);
    const notKept = pagesUntilSummary(startedWizard(), {
      ...ordinary,
      reason: "switchingCarrier",
      keepNumber: "no",
    });
    expect(notKept.slice(0, 4)).toEqual(["reason", "keepNumber", "whereabouts", "cardStatus"]);
    expect(notKept).toContain("channel");
  });

  it.each([
    ["working", ["reason", "keepNumber", "whereabouts", "cardStatus", "portability"]],
    ["suspendedForDebt", ["reason", "keepNumber", "whereabouts", "cardStatus", "portability"]],
    ["stolen", ["reason", "keepNumber", "whereabouts", "cardStatus", "blockFirst", "portability"]],
  ])(
    "a switcher keeping the number, with a line %s, ends at the portability page: no cancellation is planned",
    (cardStatus, expected) => {
      const wizard = startedWizard();
      const pages = pagesUntilSummary(wizard, {
        reason: "switchingCarrier",
        keepNumber: "yes",
        whereabouts: "leaving",
        cardStatus,
      });
      expect(pages.slice(0, expected.length)).toEqual(expected);
      expect(wizard.step()).toBe("portability");
      wizard.actor.send({ type: "NEXT" });
      expect(wizard.step()).toBe("portability");
    },
  );

  it("choosing to keep the number from the summary leads to the portability page", () => {
    const wizard = startedWizard();
    walk(wizard, { ...ordinary, reason: "switchingCarrier", keepNumber: "no" });
    wizard.actor.send({ type: "CHANGE", question: "keepNumber" });
    wizard.answer("yes");
    expect(wizard.step()).toBe("portability");
  });

  it("BACK returns to the step the user came from", () => {
    const wizard = startedWizard();
    wizard.answer("switchingCarrier");
    wizard.answer("notSure");
    wizard.actor.send({ type: "NEXT" });
    expect(wizard.step()).toBe("whereabouts");
    wizard.actor.send({ type: "BACK" });
    expect(wizard.step()).toBe("reasonAdvice");
    wizard.actor.send({ type: "BACK" });
    expect(wizard.step()).toBe("keepNumber");
    wizard.actor.send({ type: "BACK" });
    expect(wizard.step()).toBe("reason");
    wizard.actor.send({ type: "BACK" });
    expect(wizard.step()).toBe("welcome");
  });

  it("a change from the summary comes straight back, and BACK from the question returns to the summary", () => {
    const wizard = startedWizard();
    walk(wizard, ordinary);
    wizard.actor.send({ type: "CHANGE", question: "carrier" });
    expect(wizard.step()).toBe("carrier");
    wizard.answer("entel");
    expect(wizard.step()).toBe("summary");
    expect(wizard.context().answers.carrier).toBe("entel");
    wizard.actor.send({ type: "CHANGE", question: "planType" });
    wizard.actor.send({ type: "BACK" });
    expect(wizard.step()).toBe("summary");
  });

  it("a change that needs advice shows it before going back to the summary", () => {
    const wizard = startedWizard();
    walk(wizard, ordinary);
    wizard.actor.send({ type: "CHANGE", question: "holder" });
    wizard.answer("deceased");
    expect(wizard.step()).toBe("holderAdvice");
    wizard.actor.send({ type: "NEXT" });
    expect(wizard.step()).toBe("summary");
  });

  it("a change passes every question that still has a usable answer, and stops at one the change ruled out", () => {
    const wizard = startedWizard();
    walk(wizard, { ...ordinary, channel: "phone" });
    wizard.actor.send({ type: "CHANGE", question: "holder" });
    const pages = pagesUntilSummary(wizard, { holder: "someoneElse", requester: "me", channel: "store" });
    expect(pages.slice(0, 2)).toEqual(["holder", "holderAdvice"]);
    expect(pages.at(-1)).toBe("channel");
    expect(pages).not.toContain("identityDocument");
    expect(wizard.context().answers.channel).toBe("store");
  });

  it("a change that calls for advice further on shows it: a line now lost or stolen is blocked first", () => {
    const wizard = startedWizard();
    walk(wizard, ordinary);
    wizard.actor.send({ type: "CHANGE", question: "reason" });
    expect(pagesUntilSummary(wizard, { reason: "lostOrStolen" })).toEqual(["reason", "blockFirst"]);
  });

  it("advice already read that the change leaves as it was is passed", () => {
    const wizard = startedWizard();
    walk(wizard, { ...ordinary, holder: "notSure" });
    wizard.actor.send({ type: "CHANGE", question: "carrier" });
    expect(pagesUntilSummary(wizard, { carrier: "entel" })).toEqual(["carrier"]);
  });

  it("going back among the pages of a change, then on, still returns to the summary as soon as it can", () => {
    const wizard = startedWizard();
    walk(wizard, ordinary);
    wizard.actor.send({ type: "CHANGE", question: "holder" });
    wizard.answer("notSure");
    expect(wizard.step()).toBe("holderAdvice");
    wizard.actor.send({ type: "BACK" });
    expect(pagesUntilSummary(wizard, { holder: "notSure" })).toEqual(["holder", "holderAdvice"]);
  });

  it("BACK from the summary to the last page of a change shows that page, and Continue returns to the summary", () => {
    const wizard = startedWizard();
    walk(wizard, ordinary);
    wizard.actor.send({ type: "CHANGE", question: "holder" });
    wizard.answer("notSure");
    wizard.actor.send({ type: "NEXT" });
    expect(wizard.step()).toBe("summary");
    wizard.actor.send({ type: "BACK" });
    expect(wizard.step()).toBe("holderAdvice");
    wizard.actor.send({ type: "NEXT" });
    expect(wizard.step()).toBe("summary");
    wizard.actor.send({ type: "BACK" });
    wizard.actor.send({ type: "BACK" });
    expect(wizard.step()).toBe("holder");
  });

  it("going back out of such a change never shows the summary with a question left open: it is asked first", () => {
    const wizard = startedWizard();
    walk(wizard, { ...ordinary, channel: "phone" });
    wizard.actor.send({ type: "CHANGE", question: "holder" });
    wizard.answer("someoneElse");
    expect(wizard.step()).toBe("holderAdvice");
    wizard.actor.send({ type: "BACK" });
    wizard.actor.send({ type: "BACK" });
    expect(wizard.step()).not.toBe("summary");
    const pages = pagesUntilSummary(wizard, { requester: "me", channel: "store" });
    expect(pages.at(-1)).toBe("channel");
    expect(wizard.context().answers).toMatchObject({ holder: "someoneElse", channel: "store" });
  });

  it("refuses a flight on a day already past, and takes one today (the wizard's day is 26 November 2026)", () => {
    const wizard = startedWizard();
    walk(wizard, { ...ordinary, reason: "leavingPeru", whereabouts: "leaving", flightDate: "2026-11-25" });
    expect(wizard.step()).toBe("flightDate");
    expect(wizard.context().error).toEqual({ field: "flightDate", message: "error.flightDateInPast" });
    wizard.answer("2026-11-26");
    expect(wizard.step()).toBe("cardStatus");
    expect(wizard.context().answers.flightDate).toBe("2026-11-26");
  });

  it("refuses a holder the reason rules out (an heir's line is the deceased's) as if none were chosen", () => {
    const wizard = startedWizard();
    walk(wizard, { ...ordinary, reason: "holderDied", holder: "me" });
    expect(wizard.step()).toBe("holder");
    expect(wizard.context().error).toEqual({ field: "holder", message: "error.holder" });
  });

  it("refuses the phone for someone else's line", () => {
    const wizard = startedWizard();
    walk(wizard, { ...ordinary, holder: "someoneElse", channel: "phone" });
    expect(wizard.step()).toBe("channel");
    expect(wizard.context().error).toEqual({ field: "channel", message: "error.channelUnavailable" });
  });

  it("TOGGLE_TICK ticks and unticks items and ignores malformed ones", () => {
    const wizard = startedWizard();
    wizard.actor.send({ type: "TOGGLE_TICK", item: "passport" });
    wizard.actor.send({ type: "TOGGLE_TICK", item: "simCard" });
    wizard.actor.send({ type: "TOGGLE_TICK", item: "passport" });
    wizard.actor.send({ type: "TOGGLE_TICK", item: "<script>" });
    wizard.actor.send({ type: "TOGGLE_TICK", item: "x".repeat(41) });
    expect(wizard.context().ticks).toEqual(["simCard"]);
  });

  it("remembers the way back: the welcome page, then each page the user left", () => {
    const wizard = startedWizard();
    expect(wizard.context().visited).toEqual(["welcome"]);
    wizard.answer("switchingCarrier");
    wizard.answer("notSure");
    wizard.actor.send({ type: "NEXT" });
    expect(wizard.context().visited).toEqual(["welcome", "reason", "keepNumber", "reasonAdvice"]);
  });

  it("BACK from the summary goes back through every page the user saw, without jumping to the summary", () => {
    const wizard = startedWizard();
    const seen: unknown[] = [wizard.step()];
    wizard.actor.subscribe((snapshot) => seen.push(snapshot.value));
    walk(wizard, ordinary);
    const forward = seen.filter((step, index) => step !== seen[index - 1]).slice(0, -1);
    expect(forward).toContain("documents");
    const backward: unknown[] = [];
    for (let moves = 0; moves <= forward.length; moves += 1) {
      wizard.actor.send({ type: "BACK" });
      backward.push(wizard.step());
    }
    expect(backward).toEqual([...forward.toReversed(), "welcome"]);
  });

  it("an answer that arrives after its page has moved on (a double click) changes nothing", () => {
    const wizard = startedWizard();
    const { channel: _, ...beforeTheChannel } = ordinary;
    walk(wizard, beforeTheChannel);
    expect(wizard.step()).toBe("channel");
    wizard.answer("store");
    expect(wizard.step()).toBe("documents");
    const before = wizard.context();
    wizard.answer("phone");
    expect(wizard.actor.getSnapshot().status).toBe("active");
    expect(wizard.step()).toBe("documents");
    expect(wizard.context()).toEqual(before);
  });

  it("START from the welcome page begins with empty answers", () => {
    const actor = createActor(wizardMachine, {
      input: { answers: { reason: "other" }, ticks: ["dni"] },
    }).start();
    actor.send({ type: "START" });
    expect(actor.getSnapshot().context.answers).toEqual({});
    expect(actor.getSnapshot().context.ticks).toEqual([]);
  });
});
