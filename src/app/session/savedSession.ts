import { sameAnswers } from "../../flow/answers.ts";
import { sameFollowUp } from "../../flow/followUp.ts";
import type { StepId } from "../../flow/steps.ts";
import type { WizardContext } from "../../flow/wizardMachine.ts";
import type { Locale } from "../../i18n/locales.ts";
import { appMarker, currentVersion, maxVisited, type SavedLine, type SavedSession } from "./sessionFormat.ts";
import { migrateSession } from "./sessionMigrations.ts";
import { backupKeyFor, sessionKey } from "./storageKeys.ts";

export type { SavedLine, SavedSession } from "./sessionFormat.ts";

export { backupKey, sessionKey } from "./storageKeys.ts";

/** How the wizard opens: a new session replaces the stored one at `revision`; a resumed one carries its own. */
export type WizardStart = { kind: "new"; revision: number } | { kind: "resume"; session: SavedSession };

/**
 * Data the app cannot use, and what became of it. keptAside: it has been copied under a backup key.
 * `everyUnreadable`: each unreadable text on the device, oldest first, this one last.
 */
export type UnreadableData = { keptAside: boolean; everyUnreadable: string[] };

export type LoadedSession =
  | { status: "none" }
  | { status: "ok"; session: SavedSession }
  /** Stored data that is not a session we can read. */
  | ({ status: "unreadable" } & UnreadableData)
  | { status: "storageUnavailable" };

/** Reads the stored session, migrating an older format; data it cannot read is copied aside, never dropped. */
export function loadSession(storage: Storage | null): LoadedSession {
  let raw: string | null;
  try {
    if (!storage) return { status: "storageUnavailable" };
    raw = storage.getItem(sessionKey);
  } catch {
    return { status: "storageUnavailable" };
  }
  if (raw === null) return { status: "none" };
  const reading = migrateSession(parseJson(raw));
  if (reading.ok) return { status: "ok", session: reading.session };
  return { status: "unreadable", ...keepUnreadable(storage, raw) };
}

/** Keeps data the app cannot use aside, and lists every such text on the device, this one last. */
export function keepUnreadable(storage: Storage | null, raw: string): UnreadableData {
  const kept = storage ? keptTexts(storage) : [];
  return {
    keptAside: storage !== null && keepAside(storage, raw, kept),
    everyUnreadable: [...kept.filter((text) => text !== raw), raw],
  };
}

/** Copies unreadable data under a backup key of its own, unless the same text is kept already: none is overwritten. */
function keepAside(storage: Storage, raw: string, kept: string[]): boolean {
  try {
    if (!kept.includes(raw)) storage.setItem(backupKeyFor(kept.length + 1), raw);
    return true;
  } catch {
    return false;
  }
}

/** The unreadable texts kept aside, oldest first. */
function keptTexts(storage: Storage): string[] {
  const texts: string[] = [];
  try {
    for (
      let text = storage.getItem(backupKeyFor(1));
      text !== null;
      text = storage.getItem(backupKeyFor(texts.length + 1))
    )
      texts.push(text);
  } catch {
    // The device refuses: what could be read is listed.
  }
  return texts;
}

export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The revision of the stored session, 0 when there is none. */
export function storedRevision(storage: Storage | null): number {
  const stored = loadSession(storage);
  return stored.status === "ok" ? stored.session.revision : 0;
}

/** What a session holds apart from when and how often it was saved. */
export type SessionContent = Pick<SavedSession, "locale" | "lines" | "currentLine">;

/** The session's lines, with the one open in the wizard as the machine holds it now. */
export const sessionContent = (
  { lines, currentLine }: Pick<SavedSession, "lines" | "currentLine">,
  step: StepId,
  context: WizardContext,
  locale: Locale,
): SessionContent => ({
  locale,
  currentLine,
  lines: lines.map((line) =>
    line.id === currentLine
      ? {
          id: line.id,
          step,
          answers: context.answers,
          ticks: context.ticks,
          visited: context.visited.slice(-maxVisited),
          followUp: context.followUp,
        }
      : line,
  ),
});

export const toSavedSession = (
  { locale, lines, currentLine }: SessionContent,
  revision: number,
  now = new Date(),
): SavedSession => ({
  app: appMarker,
  version: currentVersion,
  savedAt: now.toISOString(),
  revision,
  locale,
  lines,
  currentLine,
});

const sameList = (x: readonly string[], y: readonly string[]) =>
  x.length === y.length && x.every((item, index) => item === y[index]);

const sameLine = (a: SavedLine, b: SavedLine) =>
  a.id === b.id &&
  a.step === b.step &&
  sameAnswers(a.answers, b.answers) &&
  sameList(a.ticks, b.ticks) &&
  sameList(a.visited, b.visited) &&
  sameFollowUp(a.followUp, b.followUp);

export function sameContent(a: SessionContent, b: SessionContent): boolean {
  return (
    a.locale === b.locale &&
    a.currentLine === b.currentLine &&
    a.lines.length === b.lines.length &&
    a.lines.every((line, index) => {
      const other = b.lines[index];
      return other !== undefined && sameLine(line, other);
    })
  );
}

/** How what is stored stands against this tab's session. */
export type StoredComparison =
  | { status: "sameContent"; revision: number }
  /** Another tab saved after this one last loaded or saved. */
  | { status: "newerStored"; session: SavedSession }
  /** The session this tab knew was deleted, by "Delete my data" in another tab. */
  | { status: "deletedElsewhere" }
  /** Nothing newer is stored: this tab may write. */
  | { status: "olderStored"; revision: number }
  /** The device refuses access, or holds unreadable data that could not be kept aside. */
  | { status: "failed" };

/** `knownRevision` is the revision this tab last loaded or saved. */
export function compareWithStored(
  storage: Storage,
  content: SessionContent,
  knownRevision: number,
): StoredComparison {
  const stored = loadSession(storage);
  switch (stored.status) {
    case "storageUnavailable":
      return { status: "failed" };
    case "unreadable":
      return stored.keptAside ? { status: "olderStored", revision: 0 } : { status: "failed" };
    case "none":
      return knownRevision > 0 ? { status: "deletedElsewhere" } : { status: "olderStored", revision: 0 };
    case "ok": {
      const { session } = stored;
      if (sameContent(session, content)) return { status: "sameContent", revision: session.revision };
      if (session.revision > knownRevision) return { status: "newerStored", session };
      return { status: "olderStored", revision: session.revision };
    }
  }
}

export type SaveOutcome =
  | { status: "saved"; revision: number }
  | Extract<StoredComparison, { status: "newerStored" | "deletedElsewhere" | "failed" }>;

/** Saves the session as the next revision, unless that would overwrite newer or deleted data; never throws. */
export function saveSession(
  storage: Storage | null,
  content: SessionContent,
  knownRevision: number,
  now = new Date(),
): SaveOutcome {
  if (!storage) return { status: "failed" };
  const comparison =
    writtenByThisTab(storage, content, knownRevision) ?? compareWithStored(storage, content, knownRevision);
  if (comparison.status === "sameContent") return { status: "saved", revision: comparison.revision };
  if (comparison.status !== "olderStored") return comparison;
  const session = toSavedSession(content, Math.max(knownRevision, comparison.revision) + 1, now);
  const text = JSON.stringify(session);
  try {
    storage.setItem(sessionKey, text);
    lastWritten.set(storage, { text, session });
    return { status: "saved", revision: session.revision };
  } catch {
    return { status: "failed" };
  }
}

/** What this tab last wrote to each storage: while it is still what is stored, nobody else has written since. */
const lastWritten = new WeakMap<Storage, { text: string; session: SavedSession }>();

/**
 * How the stored session stands when it is still the one this tab wrote at `knownRevision`, found without reading
 * and checking it again (every Continue saves: this keeps that check off the step change); null when unsure.
 */
function writtenByThisTab(
  storage: Storage,
  content: SessionContent,
  knownRevision: number,
): StoredComparison | null {
  const written = lastWritten.get(storage);
  if (written?.session.revision !== knownRevision) return null;
  try {
    if (storage.getItem(sessionKey) !== written.text) return null;
  } catch {
    return null;
  }
  return sameContent(written.session, content)
    ? { status: "sameContent", revision: knownRevision }
    : { status: "olderStored", revision: knownRevision };
}
