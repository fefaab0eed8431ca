import type { SavedLine, SavedSession } from "../../../src/app/session/savedSession.ts";
import { currentVersion } from "../../../src/app/session/sessionFormat.ts";
import { noFollowUp } from "../../../src/flow/followUp.ts";

/** A line stopped at the carrier question after three answers. */
export const lineAtCarrier: SavedLine = {
  id: 1,
  step: "carrier",
  answers: { reason: "other", cardStatus: "working", planType: "prepaid" },
  ticks: [],
  visited: ["welcome", "reason", "cardStatus", "planType"],
  followUp: noFollowUp,
};

/** A saved session holding that one line, in English. */
export const sessionAtCarrier: SavedSession = {
  app: "adios-chip",
  version: currentVersion,
  savedAt: "2026-12-06T08:00:00.000Z",
  revision: 3,
  locale: "en",
  lines: [lineAtCarrier],
  currentLine: 1,
};
