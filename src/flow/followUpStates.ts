import type { IsoDate } from "../content/fact.ts";
import {
  checkRecord,
  escalationRefusals,
  escalationSchema,
  type FollowUp,
  letterDetailsRefusals,
  letterDetailsSchema,
  lineCheckSchema,
  noFollowUp,
  requestRecordSchema,
  requestRefusals,
} from "./followUp.ts";
import type { Refusal } from "./refusal.ts";
import { escalationProblem, type RequestChecks, requestProblem } from "./requestDates.ts";
import type { StepId } from "./steps.ts";

/** What the user recorded, taken into the follow-up; or refused for the first thing wrong. */
export type Recorded = { ok: true; followUp: FollowUp } | { ok: false; refusal: Refusal };

export function requestRecorded(
  followUp: FollowUp,
  value: unknown,
  today: IsoDate,
  checks: RequestChecks = "all",
): Recorded {
  const checked = checkRecord(requestRecordSchema, requestRefusals, value, (record) =>
    requestProblem(record, today, checks),
  );
  if (!checked.ok) return checked;
  const request = checked.record;
  // A request moved to other days starts its follow-up afresh: how it went under the old days does not apply.
  const previous = followUp.request;
  const sameDays = previous?.date === request.date && previous.chosenDate === request.chosenDate;
  return {
    ok: true,
    followUp: sameDays
      ? { ...followUp, request }
      : { ...followUp, request, lineCheck: null, escalation: noFollowUp.escalation },
  };
}

export function lineCheckRecorded(followUp: FollowUp, value: unknown): Recorded {
  const parsed = lineCheckSchema.safeParse(value);
  return parsed.success
    ? { ok: true, followUp: { ...followUp, lineCheck: parsed.data } }
    : { ok: false, refusal: { field: "lineCheck", message: "error.lineCheck" } };
}

export function escalationRecorded(followUp: FollowUp, value: unknown, today: IsoDate): Recorded {
  const checked = checkRecord(escalationSchema, escalationRefusals, value, (escalation) =>
    escalationProblem(escalation, followUp.request, today),
  );
  return checked.ok ? { ok: true, followUp: { ...followUp, escalation: checked.record } } : checked;
}

export function letterDetailsRecorded(followUp: FollowUp, value: unknown): Recorded {
  const checked = checkRecord(letterDetailsSchema, letterDetailsRefusals, value, () => null);
  return checked.ok ? { ok: true, followUp: { ...followUp, letterDetails: checked.record } } : checked;
}

/** Moving on from `from` to `target` among the pages after the request, kept for Back. */
const goOn = <Target extends StepId>(from: StepId, target: Target) => ({
  target,
  actions: { type: "leaveStep" as const, params: { step: from } },
});

/** From the due date on, these pages lead to "Is the line gone?". */
const checkInFrom = (from: StepId) => ({
  CHECK_IN: { guard: "checkInDue" as const, ...goOn(from, "checkIn") },
});

const lettersFrom = (from: StepId) => ({ OPEN_LETTERS: goOn(from, "letters") });

/** The ways from the summary to the pages after the request: the plan is done, and the request is what follows. */
export const followUpFromSummary = {
  FOLLOW_UP: [
    { guard: "hasRequest" as const, ...goOn("summary", "dueDate") },
    goOn("summary", "requestMade"),
  ],
  // The request recorded, the summary leads on to its due date; Forward back to the form that recorded it goes here.
  EDIT_REQUEST: goOn("summary", "requestMade"),
  ...checkInFrom("summary"),
  ...lettersFrom("summary"),
};

/** The pages after the request follow what the user records rather than the answers. */
export const followUpStates = {
  requestMade: {
    on: {
      RECORD_REQUEST: { actions: "recordRequest" as const },
      NEXT: { guard: "hasRequest" as const, ...goOn("requestMade", "dueDate") },
    },
  },
  dueDate: {
    on: {
      ...checkInFrom("dueDate"),
      ...lettersFrom("dueDate"),
      EDIT_REQUEST: goOn("dueDate", "requestMade"),
    },
  },
  checkIn: {
    on: {
      ANSWER: { actions: "recordLineCheck" as const },
      NEXT: [
        { guard: "lineIsGone" as const, ...goOn("checkIn", "lineGone") },
        { guard: "lineIsStillThere" as const, ...goOn("checkIn", "wayUp") },
      ],
    },
  },
  lineGone: {},
  wayUp: {
    on: { RECORD_ESCALATION: { actions: "recordEscalation" as const }, ...lettersFrom("wayUp") },
  },
  letters: {
    on: { SAVE_LETTER_DETAILS: { actions: "saveLetterDetails" as const }, ...checkInFrom("letters") },
  },
};
