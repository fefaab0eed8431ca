import { carrierPage, fact, inferredFrom, osiptelPage, press, verifiedOn } from "../fact.ts";
import { prepaidLapseLaRepublica, prepaidLapseOsiptel } from "../sharedSources.ts";
import { bitelBajaPage } from "./bitelPages.ts";
import { appRoute, type CarrierFacts, osiptelNumbersList, tariffSheet } from "./carrier.ts";

const bitelTerms = "https://aniversario.bitel.com.pe/TyC_bipay.html";
const checked = { verified: verifiedOn.primarySources };

export const bitel: CarrierFacts = {
  name: "Bitel",
  app: fact("Mi Bitel", [carrierPage(bitelBajaPage), press(appRoute)], checked),
  customerService: {
    ownLine: fact("123", [osiptelPage(tariffSheet(161849)), carrierPage(bitelTerms)], checked),
    anyPhone: fact("930 123 123", [carrierPage(bitelTerms)], checked),
    // The number from any phone, with Peru's +51 (and without the 0 of Lima's prefix): our reading, as no source
    // gives it in this form or says it answers calls from abroad.
    fromAbroad: fact("+51 930 123 123", [inferredFrom(bitelTerms)], { verified: verifiedOn.audit }),
  },
  lossAndTheft: {
    ownLine: fact("123", [press(osiptelNumbersList)], checked),
    anyPhone: fact("930 123 123", [press(osiptelNumbersList)], checked),
  },
  prepaidWithoutBalanceDays: fact(255, [press(prepaidLapseOsiptel), press(prepaidLapseLaRepublica)], {
    verified: verifiedOn.audit,
    pressOnly: true,
  }),
  storeFinder: fact("https://bitel.com.pe/centros-de-atencion", [carrierPage(bitelBajaPage)], checked),
  /** A notarised carta poder issued at most this many months before, a copy of the representative's ID and of the holder's. */
  representativePowerMaxMonths: fact(1, [carrierPage(bitelBajaPage)], checked),
  // "Empresa : VIETTEL PERU S.A.C." on OSIPTEL's tariff sheet.
  legalName: fact("Viettel Perú S.A.C.", [osiptelPage(tariffSheet(161849))], checked),
};
