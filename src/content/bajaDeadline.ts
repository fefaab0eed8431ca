import { bitelBajaPage } from "./carriers/bitelPages.ts";
import { carrierPage, type DatedFact, fact, press, verifiedOn } from "./fact.ts";
import { newNormGestion, newNormInfobae, osiptelTarapoto } from "./sharedSources.ts";

/**
 * Business days the carrier has to carry out a baja, counted from the request: 5 under the 2022 norm, 1 under the
 * norm published in December 2025. Its start (26 March 2026) rests on no primary text yet.
 */
export const bajaDeadline: DatedFact = {
  rules: [
    {
      from: null,
      value: 5,
      norm: "Res. 172-2022-CD/OSIPTEL",
      sources: [carrierPage(bitelBajaPage), press(osiptelTarapoto)],
    },
    {
      from: "2026-03-26",
      value: 1,
      norm: "Res. 000132-2025-CD/OSIPTEL",
      startToBeConfirmed: true,
      pressOnly: true,
      sources: [press(newNormGestion), press(newNormInfobae)],
    },
  ],
  lastVerified: verifiedOn.primarySources,
};

/** The user may name a later date for the baja: at the earliest the deadline above, at the latest this many months. */
export const latestChosenDateMonths = fact(1, [carrierPage(bitelBajaPage)], {
  verified: verifiedOn.primarySources,
});
