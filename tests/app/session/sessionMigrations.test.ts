import { describe, expect, it } from "vitest";
import { transition } from "xstate";
import { restoreSnapshot } from "../../../src/app/session/restoreSnapshot.ts";
import { currentVersion } from "../../../src/app/session/sessionFormat.ts";
import { currentLineOf } from "../../../src/app/session/sessionLines.ts";
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
import sessionV5 from "../../fixtures/session-v5.json";
import sessionV5Abroad from "../../fixtures/session-v5-abroad.json";
import sessionV5AskedAgain from "../../fixtures/session-v5-asked-again.json";
import sessionV5FollowedUp from "../../fixtures/session-v5-followed-up.json";
import sessionV6 from "../../fixtures/session-v6-two-lines.json";

function read(stored: unknown) {
  const reading = migrateSession(stored);
  if (!reading.ok) throw new Error(`The fixture did not migrate: ${reading.problem}`);
  return reading.session;
}

/** A session saved before v6 held one line: read now, the session with that line's fields beside its own. */
function migrated(stored: unknown) {
  const { lines, currentLine: _current, ...session } = read(stored);
  expect(lines).toHaveLength(1);
  const { id: _id, ...line } = currentLineOf({ lines, currentLine: 1 });
  return { ...session, ...line };
}

function resumed(stored: unknown) {
  const snapshot = restoreSnapshot(currentLineOf(read(stored)), "2026-12-06");
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
      // A switcher: asked whether to keep the number (below).
      step: "keepNumber",
      visited: ["welcome", "reason"],
      followUp: noFollowUp,
    });
  });

  it("v3 keeps the request and how it went; someone leaving Peru is leaving, anyone else in Peru", () => {
    expect(migrated(sessionV3)).toEqual(migrated(sessionV4FollowedUp));
    expect(migrated(sessionV3Planning)).toEqual(migrated(sessionV4Planning));
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
    // Another reason with advice: a switcher would be asked the question v5 adds first.
    const tooExpensive = {
      ...sessionV3Planning,
      answers: { ...sessionV3Planning.answers, reason: "tooExpensive" },
    };
    const atCardStatus = {
      ...tooExpensive,
      step: "cardStatus",
      visited: ["welcome", "reason", "reasonAdvice"],
    };
    expect(stepAfterBack(resumed(atCardStatus))).toBe("whereabouts");
    const atReasonAdvice = { ...tooExpensive, step: "reasonAdvice", visited: ["welcome", "reason"] };
    expect(migrated(atReasonAdvice).visited).toEqual(["welcome", "reason"]);
    // Standing at the flight question, asked later in v3: back to it, the pages after it walked again.
    const atFlight = { ...sessionV3, step: "flightDate", visited: sessionV3.visited.slice(0, 11) };
    expect(resumed(atFlight).value).toBe("flightDate");
    expect(migrated(atFlight).visited).toEqual(["welcome", "reason", "reasonAdvice", "whereabouts"]);
  });

  it("v4 comes as it was where nothing is asked again: a holder abroad, and a request followed up", () => {
    expect(migrated(sessionV4)).toEqual(migrated(sessionV5Abroad));
    expect(migrated(sessionV4FollowedUp)).toEqual(migrated(sessionV5FollowedUp));
  });

  it("a v4 switcher is asked whether to keep the number, every answer and tick kept, Back to the reason", () => {
    expect(migrated(sessionV4Planning)).toEqual(migrated(sessionV5AskedAgain));
    const snapshot = resumed(sessionV4Planning);
    expect(snapshot.value).toBe("keepNumber");
    expect(snapshot.context.ticks).toEqual(["dni", "blockingCode"]);
    expect(stepAfterBack(snapshot)).toBe("reason");
    // Answered, the pages after it come again with their answers.
    const [answered] = transition(wizardMachine, snapshot, {
      type: "ANSWER",
      value: "no",
      today: "2026-12-06",
    });
    expect(answered.value).toBe("whereabouts");
    expect(answered.context.answers).toEqual({ ...sessionV4Planning.answers, keepNumber: "no" });
  });

  it("a v4 switcher standing before the reason's page is not moved: the new question comes in its turn", () => {
    const atReason = { ...sessionV4Planning, step: "reason", visited: ["welcome"] };
    expect(migrated(atReason)).toMatchObject({ step: "reason", visited: ["welcome"] });
  });

  it("after the request, a v4 switcher stays where they stood, having chosen the cancellation over keeping the number", () => {
    const followedUp = {
      ...sessionV4FollowedUp,
      answers: { ...sessionV4FollowedUp.answers, reason: "switchingCarrier" },
    };
    const session = migrated(followedUp);
    expect(session.step).toBe("wayUp");
    expect(session.visited).toEqual(sessionV4FollowedUp.visited);
    expect(session.answers.keepNumber).toBe("no");
  });

  it("a v4 “PTP or CPP” leaves no tick behind for a paper no list names any more", () => {
    const ticked = {
      ...sessionV4,
      answers: { ...sessionV4.answers, identityDocument: "ptpCpp" },
      ticks: ["ptpCpp", "simCard"],
    };
    expect(migrated(ticked).ticks).toEqual(["simCard"]);
  });

  it("a v4 “PTP or CPP” is not guessed: that answer alone is dropped, and the question asked again", () => {
    const ptpOrCpp = {
      ...sessionV4,
      answers: { ...sessionV4.answers, identityDocument: "ptpCpp" },
    };
    const { identityDocument: _asked, ...otherAnswers } = sessionV4.answers;
    expect(migrated(ptpOrCpp)).toEqual({
      ...migrated(sessionV5Abroad),
      step: "identityDocument",
      answers: otherAnswers,
      visited: sessionV4.visited.slice(0, sessionV4.visited.indexOf("identityDocument")),
    });
    const snapshot = resumed(ptpOrCpp);
    expect(snapshot.value).toBe("identityDocument");
    expect(stepAfterBack(snapshot)).toBe("holder");
    const [answered] = transition(wizardMachine, snapshot, {
      type: "ANSWER",
      value: "cpp",
      today: "2026-12-06",
    });
    expect(answered.context.answers).toEqual({ ...sessionV4.answers, identityDocument: "cpp" });
  });

  it("after the request, a v4 “PTP or CPP” is dropped too, the person left where they stood", () => {
    const followedUp = {
      ...sessionV4FollowedUp,
      answers: { ...sessionV4FollowedUp.answers, identityDocument: "ptpCpp" },
    };
    const session = migrated(followedUp);
    expect(session.step).toBe("wayUp");
    expect(session.answers.identityDocument).toBeUndefined();
  });

  it("v5 becomes the first line of a v6 session, open, every field kept: a switcher who chose not to keep the number", () => {
    const { step, answers, ticks, visited, followUp, ...session } = sessionV5;
    expect(read(sessionV5)).toEqual({
      ...session,
      version: currentVersion,
      lines: [{ id: 1, step, answers, ticks, visited, followUp }],
      currentLine: 1,
    });
    const snapshot = resumed(sessionV5);
    expect(snapshot.value).toBe("summary");
    expect(stepAfterBack(snapshot)).toBe("cleanup");
  });

  it("v6, the current format, is read as it is: two lines, the second open, each with its own answers and records", () => {
    expect(read(sessionV6)).toEqual(sessionV6);
    const snapshot = resumed(sessionV6);
    expect(snapshot.value).toBe("wayUp");
    expect(snapshot.context.answers.carrier).toBe("claro");
    expect(snapshot.context.followUp.request?.code).toBe("CL-2026-0042");
  });

  it("v6 refuses a session whose open line is not among its lines, or with two lines under one number", () => {
    expect(migrateSession({ ...sessionV6, currentLine: 7 })).toEqual({ ok: false, problem: "damaged" });
    const [first] = sessionV6.lines;
    expect(migrateSession({ ...sessionV6, lines: [first, first] })).toEqual({
      ok: false,
      problem: "damaged",
    });
    expect(migrateSession({ ...sessionV6, lines: [] })).toEqual({ ok: false, problem: "damaged" });
  });

  it("the plan of a v2 switcher resumes at the question v5 adds, with its ticks", () => {
    const snapshot = resumed(sessionV2);
    expect(snapshot.value).toBe("keepNumber");
    expect(snapshot.context.ticks).toEqual(["dni", "blockingCode"]);
    expect(stepAfterBack(snapshot)).toBe("reason");
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
