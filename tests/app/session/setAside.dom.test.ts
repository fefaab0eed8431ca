import { afterEach, describe, expect, it } from "vitest";
import { setAside, setAsideSessions, takeOutOfSetAside } from "../../../src/app/session/setAside.ts";
import { setAsideKey } from "../../../src/app/session/storageKeys.ts";
import sessionV5 from "../../fixtures/session-v5.json";

const session = sessionV5 as Parameters<typeof setAside>[1];
const later = { ...session, savedAt: "2026-11-21T09:00:00.000Z", answers: { reason: "other" as const } };

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
