import { describe, expect, it } from "vitest";
import { transition } from "xstate";
import { restoreSnapshot } from "../../../src/app/session/restoreSnapshot.ts";
import { currentVersion } from "../../../src/app/session/sessionFormat.ts";
import { migrateSession } from "../../../src/app/session/sessionMigrations.ts";
import { noFollowUp } from "../../../src/flow/followUp.ts";
import { wizardMachine } from "../../../src/flow/wizardMachine.ts";
import sessionV0 from "../../fixtures/session-v0.json";
import sessionV1 from "../../fixtures/session-v1.json";
import sessionV2 from "../../fixtures/session-v2.json";
import sessionV3Planning from "../../fixtures/session-v3.json";
import sessionV3 from "../../fixtures/session-v3-followed-up.json";
import sessionV4Planning from "../../fixtures/session-v4.json";
import sessionV4 from "../../fixtures/session-v4-abroad.json";
import sessionV4FollowedUp from "../../fixtures/session-v4-followed-up.json";

function migrated(stored: unknown) {
  const reading = migrateSession(stored);
  if (!reading.ok) throw new Error(`The fixture did not migrate: ${reading.problem}`);
  return reading.session;
}

function resumed(stored: unknown) {
  const snapshot = restoreSnapshot(migrated(stored));
  if (!snapshot) throw new Error("The fixture did not restore");
  return snapshot;
}

const stepAfterBack = (snapshot: NonNullable<ReturnType<typeof restoreSnapshot>>) =>
  transition(wizardMachine, snapshot, { type: "BACK" })[0].value;

describe("saved-session formats", () => {
  it("v0 (answers beside the step, no history, no language) resumes on its step in English, and Back works", () => {
    const session = migrated(sessionV0);
    expect(session).toMatchObject({
      version: currentVersion,
      revision: 0,
      locale: "en",
      step: "carrier",
      answers: { reason: "other", cardStatus: "working", planType: "prepaid" },
    });
    const snapshot = resumed(sessionV0);
    expect(snapshot.value).toBe("carrier");
    // Its way there rebuilt through today's pages, the question of where the person is included.
    expect(snapshot.context.visited).toEqual(["welcome", "reason", "whereabouts", "cardStatus", "planType"]);
    expect(stepAfterBack(snapshot)).toBe("planType");
  });

  it("v1 resumes on its step with its language, answers and history", () => {
    const session = migrated(sessionV1);
    expect(session).toMatchObject({
      version: currentVersion,
      revision: 0,
      locale: "zh",
      step: "identityDocument",
    });
    expect(session.answers).toEqual({
      reason: "leavingPeru",
      cardStatus: "working",
      planType: "postpaid",
      carrier: "movistar",
      lineNumber: "987654321",
      holder: "me",
      whereabouts: "leaving",
    });
    const snapshot = resumed(sessionV1);
    expect(snapshot.value).toBe("identityDocument");
    expect(stepAfterBack(snapshot)).toBe("holder");
  });

  it("v2 gains an empty follow-up: no request recorded yet", () => {
    const session = migrated(sessionV2);
    expect(session).toEqual({
      ...sessionV2,
      version: currentVersion,
      answers: { ...sessionV2.answers, whereabouts: "inPeru" },
      visited: sessionV4Planning.visited,
      followUp: noFollowUp,
    });
  });

  it("v3 keeps the request and how it went; someone leaving Peru is leaving, anyone else in Peru", () => {
    expect(migrated(sessionV3)).toEqual(sessionV4FollowedUp);
    expect(migrated(sessionV3Planning)).toEqual(sessionV4Planning);
    const snapshot = resumed(sessionV3);
    expect(snapshot.value).toBe("wayUp");
    expect(snapshot.context.followUp.request?.code).toBe("CL-2026-0042");
    expect(snapshot.context.followUp.escalation.reclamoDate).toBe("2026-07-28");
    expect(stepAfterBack(snapshot)).toBe("checkIn");
  });

  it("v3's history takes the new order: where the person is after the reason, the flight right after it", () => {
    expect(migrated(sessionV3).visited.slice(0, 6)).toEqual([
      "welcome",
      "reason",
      "reasonAdvice",
      "whereabouts",
      "flightDate",
      "cardStatus",
    ]);
    const atCardStatus = {
      ...sessionV3Planning,
      step: "cardStatus",
      visited: ["welcome", "reason", "reasonAdvice"],
    };
    expect(stepAfterBack(resumed(atCardStatus))).toBe("whereabouts");
    const atReasonAdvice = { ...sessionV3Planning, step: "reasonAdvice", visited: ["welcome", "reason"] };
    expect(migrated(atReasonAdvice).visited).toEqual(["welcome", "reason"]);
    // Standing at the flight question, asked later in v3: back to it, the pages after it walked again.
    const atFlight = { ...sessionV3, step: "flightDate", visited: sessionV3.visited.slice(0, 11) };
    expect(resumed(atFlight).value).toBe("flightDate");
    expect(migrated(atFlight).visited).toEqual(["welcome", "reason", "reasonAdvice", "whereabouts"]);
  });

  it("v4, the current format, is read as it is: a holder abroad, her SIM without roaming, OSIPTEL's form", () => {
    expect(migrated(sessionV4)).toEqual(sessionV4);
    const snapshot = resumed(sessionV4);
    expect(snapshot.value).toBe("summary");
    expect(stepAfterBack(snapshot)).toBe("cleanup");
  });

  it("the plan of a v2 session resumes on its step, with its ticks", () => {
    const snapshot = resumed(sessionV2);
    expect(snapshot.value).toBe("summary");
    expect(snapshot.context.ticks).toEqual(["dni", "blockingCode"]);
    expect(stepAfterBack(snapshot)).toBe("cleanup");
  });

  it("tells data that is not ours from our own damaged data", () => {
    const v1 = sessionV1;
    expect(migrateSession(undefined)).toEqual({ ok: false, problem: "notOurs" });
    expect(migrateSession({ name: "my notes", version: 1 })).toEqual({ ok: false, problem: "notOurs" });
    expect(migrateSession([v1])).toEqual({ ok: false, problem: "notOurs" });
    expect(migrateSession({ ...v1, step: "checkout" })).toEqual({ ok: false, problem: "damaged" });
    expect(migrateSession({ ...v1, answers: { carrier: "telefonica" } })).toEqual({
      ok: false,
      problem: "damaged",
    });
    expect(migrateSession({ ...v1, version: currentVersion + 1 })).toEqual({ ok: false, problem: "damaged" });
    expect(migrateSession({ ...v1, version: -1 })).toEqual({ ok: false, problem: "damaged" });
    expect(migrateSession({ ...v1, version: "1" })).toEqual({ ok: false, problem: "damaged" });
  });
});
