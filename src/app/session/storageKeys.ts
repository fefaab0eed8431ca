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

const backupNumber = (key: string) => (key === backupKey ? 1 : Number(key.slice(backupKey.length + 1)));

/** The keys of the unreadable sessions kept aside, oldest first. */
export const backupKeys = (storage: Storage): string[] =>
  storedKeys(storage)
    .filter((key) => key === backupKey || /^-\d+$/.test(key.slice(backupKey.length)))
    .sort((a, b) => backupNumber(a) - backupNumber(b));

/** The key for one more unreadable session, after every one kept. */
export const nextBackupKey = (kept: readonly string[]): string => {
  const last = kept.at(-1);
  return last === undefined ? backupKey : `${backupKey}-${backupNumber(last) + 1}`;
};

/** localStorage, or null where the browser blocks even looking at it. */
export function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
