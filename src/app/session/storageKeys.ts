import { storageKeyPrefix } from "../../content/appIdentity.ts";

export const sessionKey = `${storageKeyPrefix}session`;
/** The first unreadable session kept aside; each later one under this key with its number (`-2`, `-3`…). */
export const backupKey = `${storageKeyPrefix}session-backup`;
/** The sessions set aside by starting again, each as the text it was stored as, newest first. */
export const setAsideKey = `${storageKeyPrefix}set-aside`;

/** The keys under which this app has stored something on the device. */
export const storedKeys = (storage: Storage): string[] =>
  Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
    (key): key is string => key?.startsWith(storageKeyPrefix) ?? false,
  );

/** Where the unreadable session kept `n`th (from 1) is stored; they are kept in order and only deleted all together. */
export const backupKeyFor = (n: number) => (n === 1 ? backupKey : `${backupKey}-${n}`);

/** localStorage, or null where the browser blocks even looking at it. */
export function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Removes everything this app stored on the device. Returns false when the device refuses. */
export function deleteStoredData(storage: Storage | null): boolean {
  try {
    if (!storage) return true;
    for (const key of storedKeys(storage)) storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** Whether a `storage` event (sent by another tab) may have changed the saved session. */
export const touchesSession = (event: StorageEvent) => event.key === sessionKey || event.key === null;
