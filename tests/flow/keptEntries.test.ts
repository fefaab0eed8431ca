import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/flow/answers.ts";
import { bajaDueDate } from "../../src/flow/businessDays.ts";
import { flightQuestionFirstAsked } from "../../src/flow/flight.ts";
import { type FollowUp, noFollowUp } from "../../src/flow/followUp.ts";
import { keptEntryRefusal } from "../../src/flow/keptEntries.ts";
import { answerGiven } from "../../src/flow/planStates.ts";
import { latestChosenDate } from "../../src/flow/requestDates.ts";

const today = "2026-12-06";
const request = { date: "2026-11-20", channel: "store" as const, code: "CL-42", chosenDate: "" };
const followedUp: FollowUp = {
  ...noFollowUp,
  request,
  lineCheck: "stillWorking",
  escalation: { reclamoDate: "2026-11-30", reclamoCode: "R-1", answerDate: "2026-12-04" },
};
const leaving: Answers = { reason: "leavingPeru", whereabouts: "leaving", flightDate: "2026-12-20" };

describe("what a saved or imported session keeps, checked as its pages check it", () => {
  it("takes what the pages took, today or on any later day", () => {
    expect(keptEntryRefusal({ answers: leaving, followUp: followedUp }, today, "aFile")).toBeNull();
    expect(keptEntryRefusal({ answers: leaving, followUp: followedUp }, "2030-01-01", "aFile")).toBeNull();
    expect(keptEntryRefusal({ answers: {}, followUp: noFollowUp }, today, "aFile")).toBeNull();
  });

  it.each([
    [
      "a request after today (a year 10000 due date)",
      { ...request, date: "9999-12-31" },
      "date",
      "error.requestDateInFuture",
    ],
    ["a request tomorrow", { ...request, date: "2026-12-07" }, "date", "error.requestDateInFuture"],
    [
      "a chosen day before the carrier's deadline",
      { ...request, chosenDate: "2026-11-21" },
      "chosenDate",
      "error.chosenDate",
    ],
    [
      "a chosen day past the months allowed",
      { ...request, chosenDate: "2027-06-01" },
      "chosenDate",
      "error.chosenDate",
    ],
    ["a request day that is not a date", { ...request, date: "10000-01-01" }, "date", "error.requestDate"],
    ["a code of 500 characters", { ...request, code: "x".repeat(500) }, "code", "error.requestCode"],
  ])("refuses %s, at that field, with its page's message", (_, kept, field, message) => {
    expect(
      keptEntryRefusal({ answers: {}, followUp: { ...followedUp, request: kept } }, today, "aFile"),
    ).toEqual({
      field,
      message,
    });
  });

  it.each([
    ["a reclamo before the request", { reclamoDate: "2026-11-19" }, "reclamoDate", "error.reclamoDate"],
    [
      "a reclamo after today",
      { reclamoDate: "2026-12-07", answerDate: "" },
      "reclamoDate",
      "error.reclamoDate",
    ],
    ["an answer before the reclamo", { answerDate: "2026-11-29" }, "answerDate", "error.answerDate"],
    ["an answer with no reclamo", { reclamoDate: "" }, "answerDate", "error.answerDate"],
    ["a reclamo code of 61 characters", { reclamoCode: "x".repeat(61) }, "reclamoCode", "error.reclamoCode"],
  ])("refuses %s on the way up", (_, change, field, message) => {
    const escalation = { ...followedUp.escalation, ...change };
    expect(
      keptEntryRefusal({ answers: {}, followUp: { ...followedUp, escalation } }, today, "aFile"),
    ).toEqual({
      field,
      message,
    });
  });

  it("refuses a letter detail longer than the letters' form takes", () => {
    const letterDetails = { ...noFollowUp.letterDetails, email: `${"x".repeat(120)}@example.com` };
    expect(
      keptEntryRefusal({ answers: {}, followUp: { ...noFollowUp, letterDetails } }, today, "aFile"),
    ).toEqual({
      field: "email",
      message: "error.letterDetails",
    });
  });

  it("a session this device stored keeps a chosen day today's rules would not offer, and is held to the rest", () => {
    const beforeTheDeadline = { ...request, chosenDate: "2026-11-21" };
    const kept = { answers: {}, followUp: { ...followedUp, request: beforeTheDeadline } };
    expect(keptEntryRefusal(kept, today, "aFile")).toEqual({
      field: "chosenDate",
      message: "error.chosenDate",
    });
    expect(keptEntryRefusal(kept, today, "thisDevice")).toBeNull();
    const escalation = { ...followedUp.escalation, reclamoDate: "2026-11-19" };
    expect(
      keptEntryRefusal({ answers: {}, followUp: { ...kept.followUp, escalation } }, today, "thisDevice"),
    ).toEqual({ field: "reclamoDate", message: "error.reclamoDate" });
  });

  it("the chosen day's limits are the form's: its first and last days are taken", () => {
    for (const chosenDate of [bajaDueDate(request.date), latestChosenDate(request.date)])
      expect(
        keptEntryRefusal(
          { answers: {}, followUp: { ...noFollowUp, request: { ...request, chosenDate } } },
          today,
          "aFile",
        ),
      ).toBeNull();
  });

  it("a flight may have passed since it was typed, but not before the question was first asked (a flight in 1990)", () => {
    expect(
      keptEntryRefusal(
        { answers: { ...leaving, flightDate: "2026-11-30" }, followUp: noFollowUp },
        today,
        "aFile",
      ),
    ).toBeNull();
    expect(
      keptEntryRefusal(
        { answers: { ...leaving, flightDate: flightQuestionFirstAsked }, followUp: noFollowUp },
        today,
        "aFile",
      ),
    ).toBeNull();
    for (const flightDate of ["1990-07-14", "2026-11-25"])
      expect(
        keptEntryRefusal({ answers: { ...leaving, flightDate }, followUp: noFollowUp }, today, "aFile"),
      ).toEqual({
        field: "flightDate",
        message: "error.flightDateInPast",
      });
    // The page itself takes only days from today on.
    expect(answerGiven("flightDate", "2026-11-30", leaving, today)).toMatchObject({ ok: false });
  });
});
