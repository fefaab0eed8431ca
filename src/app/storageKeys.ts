/** Everything the app stores on the device is under keys with this prefix. */
export const keyPrefix = "adios-chip:";
export const sessionKey = `${keyPrefix}session`;
export const backupKey = `${keyPrefix}session-backup`;

/** The keys under which this app has stored something on the device. */
export const storedKeys = (storage: Storage): string[] =>
  Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
    (key): key is string => key?.startsWith(keyPrefix) ?? false,
  );
