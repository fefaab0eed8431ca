import { fact, inferredFrom, verifiedOn } from "./fact.ts";

/**
 * Google Calendar keeps only the reminders it makes itself: the alarm in an imported file is dropped. Read from
 * reports by developers whose calendar files met this, not from Google's own help.
 */
export const googleDropsImportedAlarms = fact(
  null,
  [
    inferredFrom("https://github.com/SunsetYe66/ClasstableToIcal/issues/1"),
    inferredFrom("https://github.com/Gowee/lccal-worker/issues/9"),
  ],
  { verified: verifiedOn.primarySources },
);
