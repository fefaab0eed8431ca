import type { Answers } from "./answers.ts";
import { isDeceasedHoldersLine, isLostOrStolen, isRepresentative, simStillWorks } from "./rules.ts";

export const cleanupItemIds = [
  "banksAndWallets",
  "holderBanks",
  "holderMovesCodes",
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
 * and apps, and a representative leaves the holder's codes, messages and contacts to the holder: neither moves numbers
 * of their own.
 */
export const cleanupItemsFor = (answers: Answers): CleanupItemId[] => {
  const heir = isDeceasedHoldersLine(answers);
  const representative = isRepresentative(answers);
  return cleanupItemIds.filter((item) => {
    if (item === "banksAndWallets") return !heir && !representative;
    if (item === "holderBanks") return heir;
    if (item === "holderMovesCodes") return representative;
    if (item === "messaging") return simStillWorks(answers) && !heir && !representative;
    if (item === "backup") return simStillWorks(answers) && !representative;
    if (item === "destroySim") return !isLostOrStolen(answers);
    return true;
  });
};
