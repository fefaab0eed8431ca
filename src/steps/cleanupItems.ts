/** The cleanup checklist, in the order to do it: the SIM is destroyed last. */
export const cleanupItems = [
  "banksAndWallets",
  "messaging",
  "accounts",
  "backup",
  "keepProof",
  "destroySim",
] as const;
