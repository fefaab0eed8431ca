import { afterEach, describe, expect, it, vi } from "vitest";
import {
  backupKey,
  deleteStoredData,
  loadSession,
  type SessionContent,
  saveSession,
  sessionContent,
  sessionKey,
} from "../../../src/app/session/savedSession.ts";
import { maxVisited } from "../../../src/app/session/sessionFormat.ts";
import { noFollowUp } from "../../../src/flow/followUp.ts";
import type { StepId } from "../../../src/flow/steps.ts";
import type { WizardContext } from "../../../src/flow/wizardMachine.ts";
import sessionV5 from "../../fixtures/session-v5.json";

const content: SessionContent = {
  locale: "en",
  step: "carrier",
  answers: { reason: "other", cardStatus: "working", planType: "prepaid" },
  ticks: [],
  visited: ["welcome", "reason", "cardStatus", "planType"],
  followUp: noFollowUp,
};
const context: WizardContext = {
  ...content,
  error: null,
  returningToSummary: false,
  changing: null,
};
const later: SessionContent = {
  ...content,
  step: "lineNumber",
  answers: { ...content.answers, carrier: "entel" },
};

const stored = () => JSON.parse(localStorage.getItem(sessionKey) ?? "null");
const quotaExceeded = () => {
  throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe("loadSession", () => {
  it("finds nothing on a first visit, and reads a saved session back", () => {
    expect(loadSession(localStorage)).toEqual({ status: "none" });
    localStorage.setItem(sessionKey, JSON.stringify(sessionV5));
    expect(loadSession(localStorage)).toEqual({ status: "ok", session: sessionV5 });
  });

  it("keeps data it cannot read under the backup key, and leaves it in place", () => {
    localStorage.setItem(sessionKey, '{"app":"adios-chip","version":2,"step":"summ');
    expect(loadSession(localStorage)).toEqual({
      status: "unreadable",
      keptAside: true,
      everyUnreadable: ['{"app":"adios-chip","version":2,"step":"summ'],
    });
    expect(localStorage.getItem(backupKey)).toBe('{"app":"adios-chip","version":2,"step":"summ');
    expect(localStorage.getItem(sessionKey)).toBe('{"app":"adios-chip","version":2,"step":"summ');
  });

  it("keeps every unreadable session beside the ones kept before, each text once", () => {
    localStorage.setItem(sessionKey, "first");
    loadSession(localStorage);
    saveSession(localStorage, content, 0);
    localStorage.setItem(sessionKey, "second");
    loadSession(localStorage);
    expect(loadSession(localStorage)).toEqual({
      status: "unreadable",
      keptAside: true,
      everyUnreadable: ["first", "second"],
    });
    localStorage.setItem(sessionKey, "first");
    expect(loadSession(localStorage)).toMatchObject({ everyUnreadable: ["second", "first"] });
    localStorage.setItem(sessionKey, "third");
    loadSession(localStorage);
    expect(localStorage.getItem(backupKey)).toBe("first");
    expect(localStorage.getItem(`${backupKey}-2`)).toBe("second");
    expect(localStorage.getItem(`${backupKey}-3`)).toBe("third");
    expect(localStorage.length).toBe(4);
  });

  it("counts past the tenth backup in order", () => {
    for (let index = 1; index <= 12; index += 1) {
      localStorage.setItem(sessionKey, `unreadable ${index}`);
      loadSession(localStorage);
    }
    const loaded = loadSession(localStorage);
    expect(loaded.status === "unreadable" && loaded.everyUnreadable).toEqual(
      Array.from({ length: 12 }, (_, index) => `unreadable ${index + 1}`),
    );
  });

  it("with storage full, says the copy was not made and leaves the stored original and earlier copies alone", () => {
    localStorage.setItem(backupKey, "kept before");
    localStorage.setItem(sessionKey, "garbage");
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(quotaExceeded);
    expect(loadSession(localStorage)).toEqual({
      status: "unreadable",
      keptAside: false,
      everyUnreadable: ["kept before", "garbage"],
    });
    expect(saveSession(localStorage, content, 0)).toEqual({ status: "failed" });
    expect(localStorage.getItem(sessionKey)).toBe("garbage");
    expect(localStorage.getItem(backupKey)).toBe("kept before");
  });

  it("reports storage that cannot be read instead of throwing", () => {
    expect(loadSession(null)).toEqual({ status: "storageUnavailable" });
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("Access is denied", "SecurityError");
    });
    expect(loadSession(localStorage)).toEqual({ status: "storageUnavailable" });
  });
});

describe("saveSession", () => {
  it("saves each change as the next revision", () => {
    expect(saveSession(localStorage, content, 0)).toEqual({ status: "saved", revision: 1 });
    expect(saveSession(localStorage, later, 1)).toEqual({ status: "saved", revision: 2 });
    expect(stored()).toMatchObject({ revision: 2, step: "lineNumber", answers: { carrier: "entel" } });
  });

  it("writes nothing when the stored session already holds the same answers", () => {
    saveSession(localStorage, content, 0, new Date("2026-01-01T00:00:00Z"));
    expect(saveSession(localStorage, content, 1, new Date("2026-02-01T00:00:00Z"))).toEqual({
      status: "saved",
      revision: 1,
    });
    expect(stored().savedAt).toBe("2026-01-01T00:00:00.000Z");
  });

  it("never writes over a session another tab saved later", () => {
    saveSession(localStorage, content, 0);
    saveSession(localStorage, later, 1);
    const outcome = saveSession(localStorage, { ...content, step: "carrier", locale: "zh" }, 1);
    expect(outcome).toMatchObject({ status: "newerStored", session: { revision: 2, step: "lineNumber" } });
    expect(stored()).toMatchObject({ revision: 2, locale: "en", step: "lineNumber" });
  });

  it("does not bring back a session deleted in another tab", () => {
    saveSession(localStorage, content, 0);
    deleteStoredData(localStorage);
    expect(saveSession(localStorage, later, 1)).toEqual({ status: "deletedElsewhere" });
    expect(localStorage.getItem(sessionKey)).toBeNull();
  });

  it("replaces unreadable data only once a copy of it is kept", () => {
    localStorage.setItem(sessionKey, "garbage");
    expect(saveSession(localStorage, content, 0)).toEqual({ status: "saved", revision: 1 });
    expect(localStorage.getItem(backupKey)).toBe("garbage");

    localStorage.clear();
    localStorage.setItem(sessionKey, "garbage");
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(quotaExceeded);
    expect(saveSession(localStorage, content, 0)).toEqual({ status: "failed" });
    expect(localStorage.getItem(sessionKey)).toBe("garbage");
  });

  it("keeps the most recent steps of an endless history, so that the session stays readable", () => {
    const history = Array.from({ length: 700 }, (_, index): StepId => (index % 2 ? "summary" : "carrier"));
    expect(
      saveSession(localStorage, sessionContent("summary", { ...context, visited: history }, "en"), 0),
    ).toEqual({
      status: "saved",
      revision: 1,
    });
    const loaded = loadSession(localStorage);
    expect(loaded.status === "ok" && loaded.session.visited).toEqual(history.slice(-maxVisited));
  });

  it("fails without throwing when storage is full or blocked", () => {
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(quotaExceeded);
    expect(saveSession(localStorage, content, 0)).toEqual({ status: "failed" });
    expect(saveSession(null, content, 0)).toEqual({ status: "failed" });
  });
});

describe("deleteStoredData", () => {
  it("removes the session and the backups, and nothing that is not the app's", () => {
    localStorage.setItem(sessionKey, JSON.stringify(sessionV5));
    localStorage.setItem(backupKey, "garbage");
    localStorage.setItem(`${backupKey}-2`, "more garbage");
    localStorage.setItem("another-site-thing", "keep");
    expect(deleteStoredData(localStorage)).toBe(true);
    expect(localStorage.length).toBe(1);
    expect(localStorage.getItem("another-site-thing")).toBe("keep");
  });
});
