import { fileNameFor } from "../../content/appIdentity.ts";
import type { IsoDate } from "../../content/fact.ts";
import { keptEntryRefusal } from "../../flow/keptEntries.ts";
import type { Refusal } from "../../flow/refusal.ts";
import { snapshotAt } from "./restoreSnapshot.ts";
import { parseJson, type SavedLine, type SavedSession } from "./savedSession.ts";
import { appMarker } from "./sessionFormat.ts";
import { migrateSession, type SessionReading } from "./sessionMigrations.ts";

export const sessionFileName = fileNameFor("session", "json");

/**
 * Over twice the largest session the app can write (tests/app/session/savedSession.property.test.ts builds it):
 * anything larger is not one of ours, and is not read.
 */
export const maxImportBytes = 2_500_000;

/** Why a file could not be imported; each has its message, `session.import.error.<problem>`. */
export const importProblems = ["tooBig", "notOurs", "damaged", "unreadableFile"] as const;

export type ImportProblem = (typeof importProblems)[number];

export type ImportResult =
  | { ok: true; session: SavedSession }
  | { ok: false; problem: ImportProblem }
  /** Edited so that a page would refuse what a line holds (a day past today, a reclamo before the request). */
  | { ok: false; problem: "damaged"; refusal: Refusal; line: SavedLine };

export const sessionFileText = (session: SavedSession) => JSON.stringify(session, null, 2);

/**
 * Checks an imported file's text like stored data (same schema, same migrations), then by the pages' own checks on
 * `today`, and that it can resume.
 */
export function readSessionText(text: string, today: IsoDate): ImportResult {
  if (text.length > maxImportBytes || new TextEncoder().encode(text).length > maxImportBytes) {
    return { ok: false, problem: "tooBig" };
  }
  const json = parseJson(text);
  // Our files name the app at their start, so one cut short is still told apart from a stranger's file.
  if (json === undefined && text.includes(`"${appMarker}"`)) return { ok: false, problem: "damaged" };
  const reading: SessionReading = migrateSession(json);
  if (!reading.ok) return reading;
  const { session } = reading;
  for (const line of session.lines) {
    const refusal = keptEntryRefusal(line, today, "aFile");
    if (refusal) return { ok: false, problem: "damaged", refusal, line };
  }
  return session.lines.every((line) => snapshotAt(line)) ? reading : { ok: false, problem: "damaged" };
}

export async function readSessionFile(file: Blob, today: IsoDate): Promise<ImportResult> {
  if (file.size > maxImportBytes) return { ok: false, problem: "tooBig" };
  try {
    return readSessionText(await file.text(), today);
  } catch {
    return { ok: false, problem: "unreadableFile" };
  }
}
