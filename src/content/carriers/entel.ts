import { fact, inferredFrom, osiptelPage, press, verifiedOn } from "../fact.ts";
import { prepaidLapseLaRepublica, prepaidLapseOsiptel } from "../sharedSources.ts";
import { appRoute, type CarrierFacts, osiptelNumbersList, tariffSheet } from "./carrier.ts";

const checked = { verified: verifiedOn.primarySources };

export const entel: CarrierFacts = {
  name: "Entel",
  app: fact("Mi Entel", [press(appRoute)]),
  customerService: {
    ownLine: fact("123", [press(osiptelNumbersList)], checked),
    anyPhone: fact("(01) 611 7777", [osiptelPage(tariffSheet(166307)), press(osiptelNumbersList)], checked),
    // The number from any phone, with Peru's +51 (and without the 0 of Lima's prefix): our reading, as no source
    // gives it in this form or says it answers calls from abroad.
    fromAbroad: fact("+51 1 611 7777", [inferredFrom(tariffSheet(166307))], { verified: verifiedOn.audit }),
  },
  lossAndTheft: {
    ownLine: fact("123", [press(osiptelNumbersList)], checked),
    anyPhone: fact("(01) 611 7777", [osiptelPage(tariffSheet(165901)), press(osiptelNumbersList)], checked),
  },
  prepaidWithoutBalanceDays: fact(60, [press(prepaidLapseOsiptel), press(prepaidLapseLaRepublica)], {
    verified: verifiedOn.audit,
    pressOnly: true,
  }),
  storeFinder: null,
  representativePowerMaxMonths: null,
  // "Empresa : ENTEL PERÚ S.A." on OSIPTEL's tariff sheet.
  legalName: fact("Entel Perú S.A.", [osiptelPage(tariffSheet(166307))], checked),
};
