import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import {
  checkRecord,
  noFollowUp,
  requestRecordSchema,
  requestRefusals,
  sameFollowUp,
} from "../../src/flow/followUp.ts";
import {
  escalationRecorded,
  letterDetailsRecorded,
  lineCheckRecorded,
  requestRecorded,
} from "../../src/flow/followUpStates.ts";

const request = { date: "2026-07-22", channel: "store" as const, code: " CL-42 ", chosenDate: "" };
const noProblem = () => null;

describe("a record the user typed", () => {
  it("is kept as the schema reads it when the schema and the rules about its days accept it", () => {
    expect(checkRecord(requestRecordSchema, requestRefusals, request, noProblem)).toEqual({
      ok: true,
      record: { ...request, code: "CL-42" },
    });
  });

  it("is refused at the field the schema finds at fault, with that field's message", () => {
    expect(
      checkRecord(requestRecordSchema, requestRefusals, { ...request, channel: "fax" }, noProblem),
    ).toEqual({
      ok: false,
      refusal: { field: "channel", message: "error.requestChannel" },
    });
  });

  it("is refused at its first field, with that field's message, when it is not a record at all", () => {
    expect(checkRecord(requestRecordSchema, requestRefusals, "2026-07-22", noProblem)).toEqual({
      ok: false,
      refusal: { field: "date", message: "error.requestDate" },
    });
  });

  it("is refused at its first field where the fault lies in a field it does not have", () => {
    const schema = z.object({ day: z.string() }).check(z.refine(() => false, { path: ["elsewhere"] }));
    expect(checkRecord(schema, { day: "error.requestCode" }, { day: "x" }, noProblem)).toEqual({
      ok: false,
      refusal: { field: "day", message: "error.requestCode" },
    });
  });

  it("is refused with the rules' own refusal when the schema accepts it but its days do not hold", () => {
    const refusal = { field: "date", message: "error.requestDateInFuture" } as const;
    expect(checkRecord(requestRecordSchema, requestRefusals, request, () => refusal)).toEqual({
      ok: false,
      refusal,
    });
  });
});

describe("sameFollowUp", () => {
  it("tells two follow-ups with the same records from two that differ", () => {
    const asked = { ...noFollowUp, request: { ...request, code: "CL-42" } };
    expect(sameFollowUp(asked, { ...asked, request: { ...asked.request } })).toBe(true);
    expect(sameFollowUp(asked, noFollowUp)).toBe(false);
  });
});

describe("what the pages after the request record", () => {
  const asked = { ...noFollowUp, request: { ...request, code: "CL-42" } };

  it("a request: kept, or refused at its date when it is not a day at all", () => {
    expect(requestRecorded(noFollowUp, request, "2026-07-30")).toEqual({ ok: true, followUp: asked });
    expect(requestRecorded(noFollowUp, null, "2026-07-30")).toEqual({
      ok: false,
      refusal: { field: "date", message: "error.requestDate" },
    });
  });

  it("a request dated after today is refused by the rules about its days", () => {
    expect(requestRecorded(noFollowUp, request, "2026-07-21")).toMatchObject({
      ok: false,
      refusal: { field: "date" },
    });
  });

  it("a request moved to another day starts its follow-up afresh; the same days keep how it went", () => {
    const wentOn = { ...asked, lineCheck: "stillWorking" as const };
    expect(requestRecorded(wentOn, { ...request, code: "CL-43" }, "2026-07-30")).toMatchObject({
      followUp: { lineCheck: "stillWorking", request: { code: "CL-43" } },
    });
    expect(requestRecorded(wentOn, { ...request, date: "2026-07-21" }, "2026-07-30")).toMatchObject({
      followUp: { lineCheck: null },
    });
  });

  it("the answer to “is the line gone?”: one of the options, or refused", () => {
    expect(lineCheckRecorded(asked, "gone")).toEqual({ ok: true, followUp: { ...asked, lineCheck: "gone" } });
    expect(lineCheckRecorded(asked, "maybe")).toEqual({
      ok: false,
      refusal: { field: "lineCheck", message: "error.lineCheck" },
    });
  });

  it("a reclamo: refused at its date when it is not a day, or comes before the request", () => {
    const reclamo = { reclamoDate: "2026-07-27", reclamoCode: "R-7", answerDate: "" };
    expect(escalationRecorded(asked, reclamo, "2026-07-30")).toEqual({
      ok: true,
      followUp: { ...asked, escalation: reclamo },
    });
    expect(escalationRecorded(asked, null, "2026-07-30")).toEqual({
      ok: false,
      refusal: { field: "reclamoDate", message: "error.reclamoDate" },
    });
    expect(escalationRecorded(asked, { ...reclamo, reclamoDate: "2026-07-20" }, "2026-07-30")).toMatchObject({
      ok: false,
      refusal: { field: "reclamoDate" },
    });
  });

  it("the names for the letters: kept, or refused at the detail too long for its line", () => {
    const details = { ...noFollowUp.letterDetails, holderName: "Ana Quispe" };
    expect(letterDetailsRecorded(asked, details)).toEqual({
      ok: true,
      followUp: { ...asked, letterDetails: details },
    });
    expect(letterDetailsRecorded(asked, null)).toEqual({
      ok: false,
      refusal: { field: "holderName", message: "error.letterDetails" },
    });
    expect(letterDetailsRecorded(asked, { ...details, email: `${"a".repeat(121)}@example.com` })).toEqual({
      ok: false,
      refusal: { field: "email", message: "error.letterDetails" },
    });
  });
});
