import type { Answers } from "./answers.ts";
import { isDeceasedHoldersLine, isLostOrStolen, simStillWorks } from "./rules.ts";

export const cleanupItemIds = [
  "banksAndWallets",
  "holderBanks",
  "messaging",
  "accounts",
  "backup",
  "keepProof",
  "destroySim",
] as const;

export type CleanupItemId = (typeof cleanupItemIds)[number];

/**
 * The cleanup checklist, in the order to do it (the SIM is destroyed last): a messaging app's number moves, and SMS
 * are backed up, only while the old SIM works, and only a SIM in hand can be destroyed. An heir tells the holder's bank
 * and apps; the holder's own numbers are not theirs to move.
 */
export const cleanupItemsFor = (answers: Answers): CleanupItemId[] => {
  const heir = isDeceasedHoldersLine(answers);
  return cleanupItemIds.filter((item) => {
    if (item === "banksAndWallets") return !heir;
    if (item === "holderBanks") return heir;
    if (item === "messaging") return simStillWorks(answers) && !heir;
    if (item === "backup") return simStillWorks(answers);
    if (item === "destroySim") return !isLostOrStolen(answers);
    return true;
  });
};
