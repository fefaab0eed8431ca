import type { Answers } from "./answers.ts";
import { isLostOrStolen, simStillWorks } from "./rules.ts";

export const cleanupItemIds = [
  "banksAndWallets",
  "messaging",
  "accounts",
  "backup",
  "keepProof",
  "destroySim",
] as const;

export type CleanupItemId = (typeof cleanupItemIds)[number];

/**
 * The cleanup checklist, in the order to do it (the SIM is destroyed last): a messaging app's number moves only
 * while the old SIM can receive the code, and only a SIM in hand can be destroyed.
 */
export const cleanupItemsFor = (answers: Answers): CleanupItemId[] =>
  cleanupItemIds.filter((item) => {
    if (item === "messaging") return simStillWorks(answers);
    if (item === "destroySim") return !isLostOrStolen(answers);
    return true;
  });
