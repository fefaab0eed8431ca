import { carrierPage, fact, press, verifiedOn } from "../fact.ts";
import { prepaidLapseLaRepublica, prepaidLapseOsiptel } from "../sharedSources.ts";
import { appRoute, type CarrierFacts, osiptelNumbersList } from "./carrier.ts";

const checked = { verified: verifiedOn.primarySources };

export const claro: CarrierFacts = {
  name: "Claro",
  app: fact("Mi Claro", [press(appRoute)]),
  customerService: {
    ownLine: fact("123", [press(osiptelNumbersList)], checked),
    anyPhone: fact("0800 00123", [press(osiptelNumbersList)], checked),
    fromAbroad: null,
  },
  lossAndTheft: {
    ownLine: fact("123", [press(osiptelNumbersList)], checked),
    anyPhone: fact("0800 00123", [press(osiptelNumbersList)], checked),
  },
  prepaidWithoutBalanceDays: fact(270, [press(prepaidLapseOsiptel), press(prepaidLapseLaRepublica)], {
    verified: verifiedOn.audit,
    pressOnly: true,
  }),
  storeFinder: null,
  representativePowerMaxMonths: null,
  legalName: null,
};

/** Claro: a line suspended for loss or theft must get a replacement SIM within this many days, or the number is lost. */
export const claroReplacementDays = fact(
  90,
  [
    carrierPage(
      "https://comunidad.claro.com.pe/t5/M%C3%B3vil/Cu%C3%A1l-es-el-tiempo-de-duraci%C3%B3n-del-saldo-y-el-chip/td-p/10013",
    ),
  ],
  checked,
);
