import type { Fact } from "../fact.ts";

export type CarrierFacts = {
  name: string;
  /** The carrier's self-service app, through which a baja can be requested. */
  app: Fact;
  lossTheftFromOwnLine: Fact;
  lossTheftFromAnyPhone: Fact;
  /** What a representative must bring; value null where no source says: the page tells the user to ask. */
  representativeRequirements: Fact;
};

export const carrierNumbersSource = "https://caretas.pe/?p=781820";
export const appRouteSource =
  "https://infobae.com/peru/2024/05/14/osiptel-asi-puedes-dar-de-baja-o-migrar-tu-servicio-movil-sin-salir-de-casa";
/** Only Bitel's own page was found; for the others the regulator's general rule is the only source. */
export const representativeRuleSource = "https://cableredperu.com/?p=2035";
