import { fact, press } from "./fact.ts";

const portabilityRules =
  "https://n60.pe/osiptel-conoce-las-diferencias-entre-migracion-o-portabilidad-numerica/";
const suspensionRules =
  "https://diariocorreo.pe/economia/movistar-claro-bitel-entel-osiptel-operadoras-no-pueden-cobrar-a-usuarios-por-suspender-sus-servicios-nndc-noticia";

/** What may suit the user better than a cancellation. */
export const alternatives = {
  numberPortability: fact(null, [
    press("https://mobiletime.la/noticias/06/03/2025/peru-portabilidad-numerica"),
    press(portabilityRules),
  ]),
  portabilityWithinHours: fact(24, [press(portabilityRules)]),
  /** Only an active line with no debt due can be ported: a suspended one cannot. */
  portabilityNeedsActiveLine: fact(null, [
    press(portabilityRules),
    press("https://mobiletime.la/noticias/06/03/2025/peru-portabilidad-numerica"),
  ]),
  planChange: fact(null, [press(portabilityRules)]),
  temporarySuspension: fact(null, [press(suspensionRules)]),
  suspensionShortestDays: fact(15, [press(suspensionRules)]),
  suspensionLongestMonths: fact(2, [press(suspensionRules)]),
};
