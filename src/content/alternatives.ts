import { carrierPage, fact, press, regulation } from "./fact.ts";

const portabilityNews = "https://mobiletime.la/noticias/06/03/2025/peru-portabilidad-numerica";
const portabilityRules =
  "https://n60.pe/osiptel-conoce-las-diferencias-entre-migracion-o-portabilidad-numerica/";
/** The 2017 portability form the abonado signs: porting ends the contract with the old carrier. */
const portabilityForm2017 = "https://tr.scribd.com/document/406401779/Solicitud-de-Portabilidad-2017";
const suspensionRules =
  "https://diariocorreo.pe/economia/movistar-claro-bitel-entel-osiptel-operadoras-no-pueden-cobrar-a-usuarios-por-suspender-sus-servicios-nndc-noticia";

/** What may suit the user better than a cancellation. */
export const alternatives = {
  numberPortability: fact(null, [
    regulation(portabilityForm2017),
    press(portabilityNews),
    press(portabilityRules),
  ]),
  /** The port itself ends the contract with the old carrier: the form the abonado signs says so. */
  portingEndsTheContract: fact(null, [regulation(portabilityForm2017)]),
  portabilityWithinHours: fact(24, [press(portabilityRules)]),
  /** Only an active line with no debt due can be ported: a suspended one cannot. */
  portabilityNeedsActiveLine: fact(null, [press(portabilityRules), press(portabilityNews)]),
  planChange: fact(null, [
    carrierPage("https://portal.bitel.com.pe/planes/control/retencion/migracion"),
    press(portabilityRules),
  ]),
  temporarySuspension: fact(null, [press(suspensionRules)]),
  suspensionShortestDays: fact(15, [press(suspensionRules)]),
  suspensionLongestMonths: fact(2, [press(suspensionRules)]),
};
