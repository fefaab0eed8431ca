import { afterEach, describe, expect, it, vi } from "vitest";
import {
  backupKey,
  loadSession,
  type SessionContent,
  saveSession,
  sessionContent,
  sessionKey,
} from "../../../src/app/session/savedSession.ts";
import { maxVisited, type SavedLine } from "../../../src/app/session/sessionFormat.ts";
import { currentLineOf } from "../../../src/app/session/sessionLines.ts";
import { deleteStoredData } from "../../../src/app/session/storageKeys.ts";
import { noFollowUp } from "../../../src/flow/followUp.ts";
import type { StepId } from "../../../src/flow/steps.ts";
import type { WizardContext } from "../../../src/flow/wizardMachine.ts";
import sessionV5 from "../../fixtures/session-v5.json";
import sessionV6 from "../../fixtures/session-v6-two-lines.json";
import { lineAtCarrier } from "./sessionAtCarrier.ts";

const content: SessionContent = { locale: "en", lines: [lineAtCarrier], currentLine: 1 };
const context: WizardContext = {
  answers: lineAtCarrier.answers,
  ticks: lineAtCarrier.ticks,
  visited: lineAtCarrier.visited,
  followUp: lineAtCarrier.followUp,
  error: null,
  returningToSummary: false,
  changing: null,
};
const later: SessionContent = {
  ...content,
  lines: [{ ...lineAtCarrier, step: "lineNumber", answers: { ...lineAtCarrier.answers, carrier: "entel" } }],
};

/** A second line, begun after the first and left at its reason. */
const secondLine: SavedLine = {
  id: 2,
  step: "reason",
  answers: {},
  ticks: [],
  visited: ["welcome"],
  followUp: noFollowUp,
};
const twoLines: SessionContent = { locale: "en", lines: [lineAtCarrier, secondLine], currentLine: 2 };

const stored = () => JSON.parse(localStorage.getItem(sessionKey) ?? "null");
const quotaExceeded = () => {
  throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe("loadSession", () => {
  it("finds nothing on a first visit, and reads a saved session of several lines back", () => {
    expect(loadSession(localStorage)).toEqual({ status: "none" });
    localStorage.setItem(sessionKey, JSON.stringify(sessionV6));
    expect(loadSession(localStorage)).toEqual({ status: "ok", session: sessionV6 });
  });

  it("reads a session saved before lines as its one line, open", () => {
    localStorage.setItem(sessionKey, JSON.stringify(sessionV5));
    const loaded = loadSession(localStorage);
    if (loaded.status !== "ok") throw new Error(`the v5 session did not load: ${loaded.status}`);
    expect(loaded.session).toMatchObject({
      revision: sessionV5.revision,
      lines: [{ id: 1 }],
      currentLine: 1,
    });
    expect(currentLineOf(loaded.session)).toMatchObject({
      step: sessionV5.step,
      answers: sessionV5.answers,
      ticks: sessionV5.ticks,
    });
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
    expect(stored()).toMatchObject({
      revision: 2,
      lines: [{ id: 1, step: "lineNumber", answers: { carrier: "entel" } }],
    });
  });

  it("saves every line, which one is open, and a change to any of them", () => {
    expect(saveSession(localStorage, twoLines, 0)).toEqual({ status: "saved", revision: 1 });
    expect(stored()).toMatchObject({ revision: 1, lines: [lineAtCarrier, secondLine], currentLine: 2 });
    // Going back to the first line is a change of its own, saved though no answer changed.
    expect(saveSession(localStorage, { ...twoLines, currentLine: 1 }, 1)).toEqual({
      status: "saved",
      revision: 2,
    });
    expect(stored()).toMatchObject({ revision: 2, currentLine: 1 });
    // So is a line removed.
    expect(saveSession(localStorage, { ...twoLines, lines: [secondLine] }, 2)).toEqual({
      status: "saved",
      revision: 3,
    });
    expect(stored()).toMatchObject({ revision: 3, lines: [secondLine], currentLine: 2 });
  });

  it("puts what the wizard holds into the open line alone, the other lines as they were", () => {
    const answered = sessionContent(
      twoLines,
      "whereabouts",
      { ...context, answers: { reason: "leavingPeru" }, visited: ["welcome", "reason"] },
      "es",
    );
    expect(answered).toEqual({
      locale: "es",
      currentLine: 2,
      lines: [
        lineAtCarrier,
        {
          ...secondLine,
          step: "whereabouts",
          answers: { reason: "leavingPeru" },
          visited: ["welcome", "reason"],
        },
      ],
    });
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
    const outcome = saveSession(localStorage, { ...content, locale: "zh" }, 1);
    expect(outcome).toMatchObject({
      status: "newerStored",
      session: { revision: 2, lines: [{ step: "lineNumber" }] },
    });
    expect(stored()).toMatchObject({ revision: 2, locale: "en", lines: [{ step: "lineNumber" }] });
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
      saveSession(
        localStorage,
        sessionContent(content, "summary", { ...context, visited: history }, "en"),
        0,
      ),
    ).toEqual({
      status: "saved",
      revision: 1,
    });
    const loaded = loadSession(localStorage);
    expect(loaded.status === "ok" && currentLineOf(loaded.session).visited).toEqual(
      history.slice(-maxVisited),
    );
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
