import { describe, expect, it } from "vitest";
import { afterRequest } from "../../src/content/afterRequest.ts";
import { type FollowUp, noFollowUp } from "../../src/flow/followUp.ts";
import { daysBeforeQueja, stageStatus, type WayUpStageId, wayUpFor } from "../../src/flow/wayUp.ts";
import { businessDaysBetween } from "../support/businessDaysBetween.ts";

/** A request on Wednesday 22 July 2026, due Friday 24 July, and the line still there. */
const followUp = (escalation: Partial<FollowUp["escalation"]> = {}): FollowUp => ({
  ...noFollowUp,
  request: { date: "2026-07-22", channel: "store", code: "CL-42", chosenDate: "" },
  lineCheck: "stillWorking",
  escalation: { ...noFollowUp.escalation, ...escalation },
});

const stage = (id: WayUpStageId, record: FollowUp) => {
  const found = wayUpFor(record).find((each) => each.id === id);
  if (!found) throw new Error(`no stage ${id}`);
  return found;
};

describe("the way up, each step on the day the rules allow it", () => {
  it("lists the steps in order: call, Quiero salirme, reclamo, queja, appeal", () => {
    expect(wayUpFor(followUp()).map(({ id }) => id)).toEqual([
      "callCarrier",
      "quieroSalirme",
      "reclamo",
      "queja",
      "appeal",
    ]);
  });

  it("opens the call and Quiero salirme the day after the due date", () => {
    for (const id of ["callCarrier", "quieroSalirme"] as const) {
      const step = stage(id, followUp());
      expect(step.opensOn).toBe("2026-07-25");
      expect(stageStatus(step, "2026-07-24")).toBe("opensLater");
      expect(stageStatus(step, "2026-07-25")).toBe("open");
    }
  });

  it("opens the reclamo once the carrier is late under either rule, while the newer one's start is unconfirmed", () => {
    // Under the five-day rule, a request on 22 July 2026 would be due on 3 August (23, 28 and 29 July are holidays).
    const reclamo = stage("reclamo", followUp());
    expect(reclamo.opensOn).toBe("2026-08-04");
    expect(stageStatus(reclamo, "2026-08-03")).toBe("opensLater");
  });

  it("waits for the reclamo's day before it can date the queja", () => {
    expect(stageStatus(stage("queja", followUp()), "2026-09-30")).toBe("waitsForReclamo");
  });

  it("opens the queja only once the carrier's longest time to answer and notify has run out", () => {
    expect(daysBeforeQueja).toBe(
      Number(afterRequest.reclamoAnswerDays.value) + Number(afterRequest.reclamoNotifyDays.value),
    );
    // Monday 27 July 2026: Fiestas Patrias (28, 29), Junín (6 August) and the weekends are not counted.
    const queja = stage("queja", followUp({ reclamoDate: "2026-07-27" }));
    expect(queja.opensOn).toBe("2026-09-04");
    expect(businessDaysBetween("2026-07-27", "2026-09-04")).toBe(daysBeforeQueja + 1);
    expect(stageStatus(queja, "2026-09-03")).toBe("opensLater");
    expect(stageStatus(queja, "2026-09-04")).toBe("open");
  });

  it("gives no queja for silence once the carrier has answered in time, but keeps it after a late answer", () => {
    const inTime = followUp({ reclamoDate: "2026-07-27", answerDate: "2026-09-01" });
    expect(stageStatus(stage("queja", inTime), "2026-09-02")).toBe("carrierAnswered");
    const late = followUp({ reclamoDate: "2026-07-27", answerDate: "2026-09-07" });
    expect(stageStatus(stage("queja", late), "2026-09-08")).toBe("open");
  });

  it("opens the appeal the day after the answer and closes it after its business days", () => {
    expect(stageStatus(stage("appeal", followUp()), "2026-09-02")).toBe("waitsForAnswer");
    const appeal = stage("appeal", followUp({ reclamoDate: "2026-07-27", answerDate: "2026-09-01" }));
    expect(appeal.opensOn).toBe("2026-09-02");
    expect(appeal.closesOn).toBe("2026-09-22");
    expect(businessDaysBetween("2026-09-01", "2026-09-22")).toBe(Number(afterRequest.appealDays.value));
    expect(stageStatus(appeal, "2026-09-22")).toBe("openUntil");
    expect(stageStatus(appeal, "2026-09-23")).toBe("ended");
  });
});
