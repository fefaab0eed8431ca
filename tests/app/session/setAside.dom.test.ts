import { afterEach, describe, expect, it } from "vitest";
import type { SavedSession } from "../../../src/app/session/savedSession.ts";
import { currentLineOf } from "../../../src/app/session/sessionLines.ts";
import { setAside, setAsideSessions, takeOutOfSetAside } from "../../../src/app/session/setAside.ts";
import { setAsideKey } from "../../../src/app/session/storageKeys.ts";
import sessionV5 from "../../fixtures/session-v5.json";
import sessionV6 from "../../fixtures/session-v6-two-lines.json";

const session = sessionV6 as SavedSession;
const later: SavedSession = {
  ...session,
  savedAt: "2026-11-21T09:00:00.000Z",
  lines: [{ ...currentLineOf(session), answers: { reason: "other" } }],
};

afterEach(() => {
  localStorage.clear();
});

describe("the plans set aside", () => {
  it("keeps every plan set aside, newest first, and takes out only the one brought back", () => {
    expect(setAside(localStorage, session)).toBe(true);
    expect(setAside(localStorage, later)).toBe(true);
    const plans = setAsideSessions(localStorage);
    expect(plans.map(({ session }) => session.savedAt)).toEqual([later.savedAt, session.savedAt]);
    expect(takeOutOfSetAside(localStorage, plans[0]?.text ?? "")).toBe(true);
    expect(setAsideSessions(localStorage).map(({ session }) => session.savedAt)).toEqual([session.savedAt]);
    expect(takeOutOfSetAside(localStorage, plans[1]?.text ?? "")).toBe(true);
    expect(localStorage.getItem(setAsideKey)).toBeNull();
  });

  it("keeps every line of a plan set aside", () => {
    expect(setAside(localStorage, session)).toBe(true);
    expect(setAsideSessions(localStorage).map(({ session }) => session)).toEqual([session]);
  });

  it("lists a plan set aside before lines as its one line", () => {
    localStorage.setItem(setAsideKey, JSON.stringify([JSON.stringify(sessionV5)]));
    const [plan] = setAsideSessions(localStorage);
    expect(plan?.session).toMatchObject({ savedAt: sessionV5.savedAt, lines: [{ id: 1 }], currentLine: 1 });
    expect(plan && currentLineOf(plan.session)).toMatchObject({
      step: sessionV5.step,
      answers: sessionV5.answers,
    });
  });

  it("lists only what this version can read, and keeps the rest stored", () => {
    localStorage.setItem(setAsideKey, JSON.stringify(["{ not a session", JSON.stringify(session)]));
    expect(setAsideSessions(localStorage).map(({ session }) => session.savedAt)).toEqual([session.savedAt]);
    expect(setAside(localStorage, later)).toBe(true);
    expect(JSON.parse(localStorage.getItem(setAsideKey) ?? "")).toHaveLength(3);
  });

  it("refuses to write over a list it did not write, and without storage", () => {
    localStorage.setItem(setAsideKey, '{"not": "a list"}');
    expect(setAside(localStorage, session)).toBe(false);
    expect(takeOutOfSetAside(localStorage, "x")).toBe(false);
    expect(localStorage.getItem(setAsideKey)).toBe('{"not": "a list"}');
    expect(setAsideSessions(localStorage)).toEqual([]);
    expect(setAside(null, session)).toBe(false);
    expect(setAsideSessions(null)).toEqual([]);
  });
});
