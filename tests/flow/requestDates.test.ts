import { describe, expect, it } from "vitest";
import { bajaDueDate } from "../../src/flow/businessDays.ts";
import {
  checkRecord,
  type RequestRecord,
  requestRecordSchema,
  requestRefusals,
} from "../../src/flow/followUp.ts";
import {
  checkInDue,
  chosenDayStands,
  dueDateFromNextBusinessDay,
  dueDateOf,
  dueDateUnderEarlierRule,
  escalationProblem,
  latestChosenDate,
  latestDueDateOf,
  requestDraft,
  requestProblem,
} from "../../src/flow/requestDates.ts";

const requestOn = (date: string, chosenDate = ""): RequestRecord => ({
  date,
  channel: "store",
  code: "CL-42",
  chosenDate,
});

describe("the day the carrier must have acted by", () => {
  it.each([
    ["Wednesday 22 July 2026: 23 July is the Air Force's holiday", "2026-07-22", "2026-07-24"],
    ["Monday 27 July 2026: Fiestas Patrias on the 28th and 29th", "2026-07-27", "2026-07-30"],
    ["Wednesday 1 April 2026: Jueves and Viernes Santo, then the weekend", "2026-04-01", "2026-04-06"],
    ["Monday 7 December 2026: 8 and 9 December are holidays", "2026-12-07", "2026-12-10"],
    ["Thursday 31 December 2026: New Year's Day, then the weekend", "2026-12-31", "2027-01-04"],
    ["Friday 20 March 2026, under the five-day rule before 26 March", "2026-03-20", "2026-03-27"],
  ])("a request on %s", (_, date, due) => {
    expect(dueDateOf(requestOn(date))).toBe(due);
  });

  it("is the day the user chose, when it is later than the rule's", () => {
    expect(dueDateOf(requestOn("2026-07-22", "2026-08-10"))).toBe("2026-08-10");
  });

  it("is the rule's, when the chosen day comes before it", () => {
    expect(dueDateOf(requestOn("2026-03-20", "2026-03-23"))).toBe("2026-03-27");
  });

  it("asks whether the line is gone from that day on, never before, and never without a request", () => {
    const request = requestOn("2026-07-22");
    expect(checkInDue(request, "2026-07-23")).toBe(false);
    expect(checkInDue(request, "2026-07-24")).toBe(true);
    expect(checkInDue(request, "2026-09-01")).toBe(true);
    expect(checkInDue(null, "2026-09-01")).toBe(false);
  });
});

describe("the later day under the rule before, while the newer rule's start is unconfirmed", () => {
  it("is the five-day rule's date for a request under the one-day rule", () => {
    expect(dueDateUnderEarlierRule(requestOn("2026-07-22"))).toBe("2026-08-03");
  });

  it("is none for a request under the older rule, or when the chosen day is later under both", () => {
    expect(dueDateUnderEarlierRule(requestOn("2026-03-20"))).toBeNull();
    expect(dueDateUnderEarlierRule(requestOn("2026-07-22", "2026-08-10"))).toBeNull();
  });
});

describe("a request made on a day off", () => {
  it("is due counting from that day, or later counting from the next business day: no source says which", () => {
    // Saturday 25 July 2026: Monday the 27th is the first business day; 28 and 29 July are holidays.
    const saturday = requestOn("2026-07-25");
    expect(dueDateOf(saturday)).toBe("2026-07-27");
    expect(dueDateFromNextBusinessDay(saturday)).toBe("2026-07-30");
    expect(dueDateFromNextBusinessDay(requestOn("2026-07-24"))).toBeNull();
  });

  it("leaves a reclamo until the carrier is late however its time is counted", () => {
    // Under the five-day rule (its successor's start unconfirmed), counted from Monday the 27th: 30, 31 July, 3, 4
    // and 5 August.
    expect(latestDueDateOf(requestOn("2026-07-25"))).toBe("2026-08-05");
    expect(latestDueDateOf(requestOn("2026-03-20"))).toBe("2026-03-27");
  });
});

describe("recording the request", () => {
  it("opens on today in Lima and the channel the user planned, or on what was recorded", () => {
    expect(requestDraft({ channel: "phone" }, null, "2026-07-22")).toEqual({
      date: "2026-07-22",
      channel: "phone",
      code: "",
      chosenDate: "",
    });
    expect(requestDraft({ channel: "phone" }, requestOn("2026-07-20"), "2026-07-22")).toEqual(
      requestOn("2026-07-20"),
    );
  });

  it("keeps the code as typed, without the spaces around it", () => {
    const parsed = requestRecordSchema.parse({ ...requestOn("2026-07-22"), code: "  Nº 000-123 " });
    expect(parsed.code).toBe("Nº 000-123");
  });

  it.each([
    [{ date: "2026-02-30" }, "error.requestDate"],
    [{ date: "22/07/2026" }, "error.requestDate"],
    [{ channel: "letter" }, "error.requestChannel"],
    [{ code: "x".repeat(61) }, "error.requestCode"],
    [{ chosenDate: "soon" }, "error.chosenDate"],
  ])("refuses %o at that field, with its own message", (change, message) => {
    const checked = checkRecord(
      requestRecordSchema,
      requestRefusals,
      { ...requestOn("2026-07-22"), ...change },
      () => null,
    );
    expect(checked).toEqual({ ok: false, refusal: { field: Object.keys(change)[0], message } });
  });

  it("refuses a request dated after today in Lima", () => {
    expect(requestProblem(requestOn("2026-07-23"), "2026-07-22")).toEqual({
      field: "date",
      message: "error.requestDateInFuture",
    });
    expect(requestProblem(requestOn("2026-07-22"), "2026-07-22")).toBeNull();
  });

  it("accepts a chosen day no earlier than the rule's deadline and at most one calendar month later", () => {
    expect(requestProblem(requestOn("2026-07-22", "2026-07-24"), "2026-07-22")).toBeNull();
    expect(requestProblem(requestOn("2026-07-22", "2026-08-22"), "2026-07-22")).toBeNull();
    // 23 July is a holiday: not one business day after the request.
    expect(requestProblem(requestOn("2026-07-22", "2026-07-23"), "2026-07-22")).toEqual({
      field: "chosenDate",
      message: "error.chosenDate",
    });
    expect(requestProblem(requestOn("2026-07-22", "2026-08-23"), "2026-07-22")).toEqual({
      field: "chosenDate",
      message: "error.chosenDate",
    });
    expect(requestProblem(requestOn("2026-07-22", "2026-07-22"), "2026-07-22")).toEqual({
      field: "chosenDate",
      message: "error.chosenDate",
    });
  });

  it.each([
    ["2026-07-22", "2026-08-22"],
    ["2027-01-31", "2027-02-28"],
    ["2028-01-31", "2028-02-29"],
    ["2026-12-15", "2027-01-15"],
  ])("a request on %s may be set for %s at the latest", (date, latest) => {
    expect(latestChosenDate(date)).toBe(latest);
  });
});

describe("recording the way up", () => {
  const request = requestOn("2026-07-22");
  const none = { reclamoDate: "", reclamoCode: "", answerDate: "" };

  it("accepts a reclamo between the request and today, and an answer between the reclamo and today", () => {
    expect(escalationProblem(none, request, "2026-07-30")).toBeNull();
    expect(escalationProblem({ ...none, reclamoDate: "2026-07-27" }, request, "2026-07-30")).toBeNull();
    expect(
      escalationProblem(
        { ...none, reclamoDate: "2026-07-27", answerDate: "2026-07-30" },
        request,
        "2026-07-30",
      ),
    ).toBeNull();
  });

  it.each([
    [{ reclamoDate: "2026-07-21" }, "reclamoDate"],
    [{ reclamoDate: "2026-07-31" }, "reclamoDate"],
    [{ answerDate: "2026-07-28" }, "answerDate"],
    [{ reclamoDate: "2026-07-27", answerDate: "2026-07-26" }, "answerDate"],
    [{ reclamoDate: "2026-07-27", answerDate: "2026-07-31" }, "answerDate"],
  ])("refuses %o, at the field %s", (change, field) => {
    expect(escalationProblem({ ...none, ...change }, request, "2026-07-30")).toEqual({
      field,
      message: `error.${field}`,
    });
  });
});

describe("the days at their edges", () => {
  const request = requestOn("2026-07-22");
  const earlierRuleDay = dueDateUnderEarlierRule(request);

  it("a reclamo on the request's own day, or today, stands; a day after today does not", () => {
    const reclamo = (reclamoDate: string, answerDate = "") => ({ reclamoDate, reclamoCode: "", answerDate });
    expect(escalationProblem(reclamo("2026-07-22"), request, "2026-07-30")).toBeNull();
    expect(escalationProblem(reclamo("2026-07-30"), request, "2026-07-30")).toBeNull();
    expect(escalationProblem(reclamo("2026-07-31"), request, "2026-07-30")).toMatchObject({
      field: "reclamoDate",
    });
    expect(escalationProblem(reclamo("2026-07-27", "2026-07-27"), request, "2026-07-30")).toBeNull();
    expect(escalationProblem(reclamo("2026-07-27", "2026-07-26"), request, "2026-07-30")).toMatchObject({
      field: "answerDate",
    });
  });

  it("a chosen day stands only when it is later than the rule's own due date", () => {
    expect(chosenDayStands(request)).toBe(false);
    expect(chosenDayStands(requestOn("2026-07-22", bajaDueDate("2026-07-22")))).toBe(false);
    expect(chosenDayStands(requestOn("2026-07-22", "2026-08-20"))).toBe(true);
    expect(requestProblem(request, "2026-07-22")).toBeNull();
  });

  it("the earlier rule's day counts unless the chosen day is that day or later", () => {
    expect(earlierRuleDay).not.toBeNull();
    expect(earlierRuleDay && earlierRuleDay > bajaDueDate("2026-07-22")).toBe(true);
    expect(dueDateUnderEarlierRule(requestOn("2026-07-22", earlierRuleDay ?? ""))).toBeNull();
    expect(dueDateUnderEarlierRule(requestOn("2026-07-22", bajaDueDate("2026-07-22")))).toBe(earlierRuleDay);
  });

  it("a weekend request's next-business-day count gives way to a chosen day on it", () => {
    const fromMonday = dueDateFromNextBusinessDay(requestOn("2026-07-25"));
    expect(fromMonday).not.toBeNull();
    expect(dueDateFromNextBusinessDay(requestOn("2026-07-25", fromMonday ?? ""))).toBeNull();
  });

  it("the latest due day of a business-day request is the earlier rule's, not a count that does not apply", () => {
    expect(latestDueDateOf(request)).toBe(earlierRuleDay);
  });
});
