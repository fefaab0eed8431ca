import { parseJson } from "./savedSession.ts";
import type { SavedSession } from "./sessionFormat.ts";
import { migrateSession } from "./sessionMigrations.ts";
import { setAsideKey } from "./storageKeys.ts";

/** A session set aside, as it reads now, with the text it is stored as (which names it in the list). */
export type SetAsideSession = { text: string; session: SavedSession };

/** The texts stored under the key, or null when what is stored there is not a list this app wrote. */
function storedTexts(storage: Storage): string[] | null {
  const raw = storage.getItem(setAsideKey);
  if (raw === null) return [];
  const list = parseJson(raw);
  return Array.isArray(list) && list.every((text) => typeof text === "string") ? list : null;
}

/** Every session set aside that this version can read, newest first; one it cannot read stays stored. */
export function setAsideSessions(storage: Storage | null): SetAsideSession[] {
  try {
    return (storage ? (storedTexts(storage) ?? []) : []).flatMap((text) => {
      const reading = migrateSession(parseJson(text));
      return reading.ok ? [{ text, session: reading.session }] : [];
    });
  } catch {
    return [];
  }
}

/**
 * Keeps a session the user is about to replace, at the head of the list: nothing already there is dropped. False
 * when the device refuses (storage full or blocked) or the list is not one this app wrote: then nothing may be
 * replaced.
 */
export function setAside(storage: Storage | null, session: SavedSession): boolean {
  try {
    const texts = storage && storedTexts(storage);
    if (!storage || !texts) return false;
    storage.setItem(setAsideKey, JSON.stringify([JSON.stringify(session), ...texts]));
    return true;
  } catch {
    return false;
  }
}

/** Takes a session out of the list, once it has been brought back. False when the device refuses. */
export function takeOutOfSetAside(storage: Storage | null, text: string): boolean {
  try {
    const texts = storage && storedTexts(storage);
    if (!storage || !texts) return false;
    const rest = texts.filter((stored) => stored !== text);
    if (rest.length === 0) storage.removeItem(setAsideKey);
    else storage.setItem(setAsideKey, JSON.stringify(rest));
    return true;
  } catch {
    return false;
  }
}
