import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays, bajaDueDate } from "../../src/flow/businessDays.ts";
import { flightQuestionFirstAsked } from "../../src/flow/flight.ts";
import { type FollowUp, noFollowUp } from "../../src/flow/followUp.ts";
import { escalationRecorded, lineCheckRecorded, requestRecorded } from "../../src/flow/followUpStates.ts";
import { type KeptIn, keptEntryRefusal } from "../../src/flow/keptEntries.ts";
import { answerGiven } from "../../src/flow/planStates.ts";

/** A day from `first` to the end of 2027: within the holiday table. */
const dayFrom = (first: string) =>
  fc
    .date({ min: new Date(`${first}T00:00:00Z`), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
const day = dayFrom("2026-01-01");
const offset = (min: number, max: number) => fc.integer({ min, max });
/** A file imported, or a session this device stored. */
const keptIn = fc.constantFrom<KeptIn>("aFile", "thisDevice");

/** What a person types on the pages after the request, around the day `today`: some of it the pages refuse. */
const typed = fc.record({
  today: day,
  requestBefore: offset(-3, 60),
  chosenAfterDue: fc.option(offset(-3, 40), { nil: null }),
  code: fc.string({ maxLength: 70 }),
  reclamoAfterRequest: fc.option(offset(-5, 60), { nil: null }),
  answerAfterReclamo: fc.option(offset(-5, 40), { nil: null }),
  laterBy: offset(0, 800),
});

type Typed = typeof typed extends fc.Arbitrary<infer T> ? T : never;

function recordsOf(entry: Typed) {
  const date = addCalendarDays(entry.today, -entry.requestBefore);
  const chosenDate =
    entry.chosenAfterDue === null ? "" : addCalendarDays(bajaDueDate(date), entry.chosenAfterDue);
  const reclamoDate =
    entry.reclamoAfterRequest === null ? "" : addCalendarDays(date, entry.reclamoAfterRequest);
  const answerDate =
    entry.answerAfterReclamo === null || !reclamoDate
      ? ""
      : addCalendarDays(reclamoDate, entry.answerAfterReclamo);
  return {
    request: { date, channel: "phone", code: entry.code, chosenDate },
    escalation: { reclamoDate, reclamoCode: "", answerDate },
  };
}

/** The records as a saved session keeps them, the line found still billed. */
function keptRecords(entry: Typed): FollowUp {
  const { request, escalation } = recordsOf(entry);
  return { ...noFollowUp, request: request as FollowUp["request"], lineCheck: "stillBilled", escalation };
}

/** The records as the pages take them on `today`, one page after another; or the first refusal. */
function recordedOnThePages(entry: Typed) {
  const { request, escalation } = recordsOf(entry);
  const withRequest = requestRecorded(noFollowUp, request, entry.today);
  if (!withRequest.ok) return withRequest;
  const checked = lineCheckRecorded(withRequest.followUp, "stillBilled");
  return checked.ok ? escalationRecorded(checked.followUp, escalation, entry.today) : checked;
}

describe("a session's records are read by the pages' own rules", () => {
  it("whatever the pages took on a day is taken on that day and on any later one", () => {
    let taken = 0;
    fc.assert(
      fc.property(typed, keptIn, (entry, keptIn) => {
        const recorded = recordedOnThePages(entry);
        if (!recorded.ok) return;
        taken += 1;
        expect(
          keptEntryRefusal({ answers: {}, followUp: recorded.followUp }, entry.today, keptIn),
        ).toBeNull();
        expect(
          keptEntryRefusal(
            { answers: {}, followUp: recorded.followUp },
            addCalendarDays(entry.today, entry.laterBy),
            keptIn,
          ),
        ).toBeNull();
      }),
      { numRuns: 500 },
    );
    expect(taken).toBeGreaterThan(50);
  });

  it("what the pages refuse on a day, a file's reading refuses on that day, at the same field with the same message", () => {
    fc.assert(
      fc.property(typed, (entry) => {
        const recorded = recordedOnThePages(entry);
        if (recorded.ok) return;
        const kept = keptRecords(entry);
        expect(keptEntryRefusal({ answers: {}, followUp: kept }, entry.today, "aFile")).toEqual(
          recorded.refusal,
        );
      }),
      { numRuns: 500 },
    );
  });

  it("a session this device stored is refused where a file is, but never for its chosen day's range", () => {
    let chosenDaysTaken = 0;
    fc.assert(
      fc.property(typed, (entry) => {
        const kept = { answers: {}, followUp: keptRecords(entry) };
        const inAFile = keptEntryRefusal(kept, entry.today, "aFile");
        const stored = keptEntryRefusal(kept, entry.today, "thisDevice");
        if (inAFile?.field === "chosenDate") {
          chosenDaysTaken += 1;
          expect(stored?.field).not.toBe("chosenDate");
        } else expect(stored).toEqual(inAFile);
      }),
      { numRuns: 500 },
    );
    expect(chosenDaysTaken).toBeGreaterThan(20);
  });

  it("any day of the request, the reclamo or its answer after today is refused", () => {
    const field = fc.constantFrom("date", "reclamoDate", "answerDate");
    fc.assert(
      fc.property(day, offset(1, 3000), field, keptIn, (today, daysAhead, which, keptIn) => {
        const future = addCalendarDays(today, daysAhead);
        const request = {
          date: which === "date" ? future : today,
          channel: "store" as const,
          code: "",
          chosenDate: "",
        };
        const reclamoDate = which === "date" ? "" : which === "reclamoDate" ? future : today;
        const answerDate = which === "answerDate" ? future : "";
        const kept = { ...noFollowUp, request, escalation: { reclamoDate, reclamoCode: "", answerDate } };
        expect(keptEntryRefusal({ answers: {}, followUp: kept }, today, keptIn)?.field).toBe(which);
      }),
      { numRuns: 300 },
    );
  });

  it("a flight is refused before the day the question was first asked, and taken from it on, whatever today is", () => {
    fc.assert(
      // A page in use: from the day the question was first asked.
      fc.property(
        offset(-20_000, 3000),
        dayFrom(flightQuestionFirstAsked),
        keptIn,
        (fromFirstAsked, today, keptIn) => {
          const flightDate = addCalendarDays(flightQuestionFirstAsked, fromFirstAsked);
          const refusal = keptEntryRefusal({ answers: { flightDate }, followUp: noFollowUp }, today, keptIn);
          if (fromFirstAsked < 0)
            expect(refusal).toEqual({ field: "flightDate", message: "error.flightDateInPast" });
          else expect(refusal).toBeNull();
          // What the page took on its day, the reading takes later.
          if (answerGiven("flightDate", flightDate, {}, today).ok) expect(refusal).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });
});
