import type { LoadedSession } from "./savedSession.ts";
import { sessionKey } from "./storageKeys.ts";

type SavedWork = typeof import("./savedWorkModule.ts");

let savedWork: SavedWork | null = null;

/**
 * The code that reads, shows and changes a saved session: downloaded only where something is stored, so that a first
 * visit's welcome page goes without it.
 */
export const loadSavedWork = async (): Promise<SavedWork> => {
  savedWork ??= await import("./savedWorkModule.ts");
  return savedWork;
};

/** That code, once downloaded: always so once a session has been read. */
export const savedWorkLoaded = (): SavedWork | null => savedWork;

/** Reads the stored session; a device holding none (or refusing access) is told without the session's code. */
export async function readStoredSession(storage: Storage | null): Promise<LoadedSession> {
  try {
    if (!storage) return { status: "storageUnavailable" };
    if (storage.getItem(sessionKey) === null) return { status: "none" };
  } catch {
    return { status: "storageUnavailable" };
  }
  return (await loadSavedWork()).loadSession(storage);
}
