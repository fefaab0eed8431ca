import { describe, expect, it } from "vitest";
import { noFollowUp } from "../../src/flow/followUp.ts";
import { recordLinesFor } from "../../src/flow/requestRecord.ts";

const request = { date: "2026-07-22", channel: "store", code: "CL-42", chosenDate: "" } as const;

describe("what the person recorded after the request, as the copy they keep lists it", () => {
  it("is nothing before the request is recorded", () => {
    expect(recordLinesFor(noFollowUp)).toEqual([]);
  });

  it("gives the request with its code and channel, then the due date and the latest day under the earlier rule", () => {
    const [asked, due, ...rest] = recordLinesFor({ ...noFollowUp, request });
    expect(asked).toMatchObject({
      id: "requestWithCode",
      days: { date: "2026-07-22" },
      values: { code: "CL-42" },
      channel: "store",
    });
    // 1 business day under the rule in force; 5 under the one before, past July's holidays.
    expect(due).toMatchObject({ id: "dueOrLatest", days: { due: "2026-07-24", latest: "2026-08-03" } });
    expect(due?.basis.kind).toBe("facts");
    expect(rest).toEqual([]);
  });

  it("without a code, says so by leaving it out; a day chosen later than both rules is the only date", () => {
    const [asked, due] = recordLinesFor({
      ...noFollowUp,
      request: { ...request, code: "", chosenDate: "2026-08-20" },
    });
    expect(asked?.id).toBe("request");
    expect(due).toMatchObject({ id: "due", days: { due: "2026-08-20" } });
  });

  it("follows the way up: the line still there, the reclamo with its code, the first day for a queja", () => {
    const lines = recordLinesFor({
      ...noFollowUp,
      request,
      lineCheck: "stillBilled",
      escalation: { reclamoDate: "2026-08-05", reclamoCode: "R-7", answerDate: "" },
    });
    expect(lines.map(({ id }) => id)).toEqual([
      "requestWithCode",
      "dueOrLatest",
      "lineStillThere",
      "reclamoWithCode",
      "quejaFrom",
    ]);
    // 20 business days to answer and 5 to notify, from the next business day on.
    expect(lines.at(-1)?.days?.from).toBe("2026-09-11");
  });

  it("once the carrier has answered in time: no queja, and the last day to appeal", () => {
    const lines = recordLinesFor({
      ...noFollowUp,
      request,
      lineCheck: "stillWorking",
      escalation: { reclamoDate: "2026-08-05", reclamoCode: "", answerDate: "2026-08-12" },
    });
    expect(lines.map(({ id }) => id)).toEqual([
      "requestWithCode",
      "dueOrLatest",
      "lineStillThere",
      "reclamo",
      "answerAndAppeal",
    ]);
    expect(lines.at(-1)?.days).toMatchObject({ date: "2026-08-12" });
    // 15 business days to appeal, past 30 August (Santa Rosa de Lima).
    expect(lines.at(-1)?.days?.until).toBe("2026-09-02");
  });

  it("a line found gone ends the record there", () => {
    const lines = recordLinesFor({ ...noFollowUp, request, lineCheck: "gone" });
    expect(lines.map(({ id }) => id)).toEqual(["requestWithCode", "dueOrLatest", "lineGone"]);
  });
});
