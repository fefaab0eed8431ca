/** Everything the app stores on the device is under keys with this prefix. */
export const keyPrefix = "adios-chip:";
export const sessionKey = `${keyPrefix}session`;
export const backupKey = `${keyPrefix}session-backup`;
