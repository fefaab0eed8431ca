/** The app's own name: it marks saved data and files as ours and prefixes everything stored on the device. */
export const appId = "adios-chip";

/** Everything the app stores on the device is under keys with this prefix. */
export const storageKeyPrefix = `${appId}:`;

/** A file the app hands the user, named so it is recognised among their downloads. */
export const fileNameFor = (what: string, extension: string) => `${appId}-${what}.${extension}`;
