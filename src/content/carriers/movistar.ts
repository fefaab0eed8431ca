import { fact, osiptelPage, press, verifiedOn } from "../fact.ts";
import { prepaidLapseLaRepublica, prepaidLapseOsiptel } from "../sharedSources.ts";
import { appRoute, type CarrierFacts, osiptelNumbersList, tariffSheet } from "./carrier.ts";

const renamedIntegratel =
  "https://gestion.pe/g-de-gestion/reportaje/telefonica-ahora-es-integratel-peru-cambiar-el-nombre-bastara-para-mejorar-su-imagen-noticia/";
const checked = { verified: verifiedOn.primarySources };

export const movistar: CarrierFacts = {
  name: "Movistar",
  app: fact("Mi Movistar", [press(appRoute)]),
  customerService: {
    ownLine: fact(
      "104",
      [osiptelPage(tariffSheet(162915)), osiptelPage(tariffSheet(145188)), osiptelPage(tariffSheet(153121))],
      checked,
    ),
    anyPhone: fact("0800 11800", [press(osiptelNumbersList)], checked),
    fromAbroad: null,
  },
  lossAndTheft: {
    ownLine: fact("104", [press(osiptelNumbersList)], checked),
    anyPhone: fact("0800 11800", [press(osiptelNumbersList)], checked),
  },
  prepaidWithoutBalanceDays: fact(210, [press(prepaidLapseOsiptel), press(prepaidLapseLaRepublica)], {
    verified: verifiedOn.audit,
    pressOnly: true,
  }),
  storeFinder: null,
  representativePowerMaxMonths: null,
  // Telefónica del Perú, renamed in 2025 after its sale; it still trades as Movistar.
  legalName: fact("Integratel Perú", [press(renamedIntegratel)]),
};
