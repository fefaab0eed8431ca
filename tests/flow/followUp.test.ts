import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { checkRecord, noFollowUp, requestRecordSchema, sameFollowUp } from "../../src/flow/followUp.ts";

const fallback = { field: "date", message: "error.requestDate" };
const request = { date: "2026-07-22", channel: "store" as const, code: " CL-42 ", chosenDate: "" };
const noProblem = () => null;

describe("a record the user typed", () => {
  it("is kept as the schema reads it when the schema and the rules about its days accept it", () => {
    expect(checkRecord(requestRecordSchema, request, noProblem, fallback)).toEqual({
      ok: true,
      record: { ...request, code: "CL-42" },
    });
  });

  it("is refused at the field the schema finds at fault, with that field's message", () => {
    expect(checkRecord(requestRecordSchema, { ...request, channel: "fax" }, noProblem, fallback)).toEqual({
      ok: false,
      refusal: { field: "channel", message: "error.requestChannel" },
    });
  });

  it("is refused at the fallback field when the schema names none (not even an object)", () => {
    expect(checkRecord(requestRecordSchema, "2026-07-22", noProblem, fallback)).toEqual({
      ok: false,
      refusal: { field: "date", message: expect.any(String) },
    });
  });

  it("keeps the schema's message where the fault lies in a list, not a named field", () => {
    const schema = z.array(z.string({ error: "error.letterDetails" }));
    expect(checkRecord(schema, [42], noProblem, fallback)).toEqual({
      ok: false,
      refusal: { field: "date", message: "error.letterDetails" },
    });
  });

  it("is refused with the rules' own refusal when the schema accepts it but its days do not hold", () => {
    const refusal = { field: "date", message: "error.requestDateFuture" };
    expect(checkRecord(requestRecordSchema, request, () => refusal, fallback)).toEqual({
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
