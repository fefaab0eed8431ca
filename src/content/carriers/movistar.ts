import { fact } from "../fact.ts";
import {
  appRouteSource,
  type CarrierFacts,
  carrierNumbersSource,
  lineLookupSource,
  representativeRuleSource,
} from "./carrier.ts";

export const movistar: CarrierFacts = {
  name: "Movistar",
  app: fact("Mi Movistar", appRouteSource, "medium"),
  lossTheftFromOwnLine: fact("104", carrierNumbersSource, "medium"),
  lossTheftFromAnyPhone: fact("0800 11800", carrierNumbersSource, "medium"),
  lineLookup: fact("https://www.movistar.com.pe/movil/conoce-tus-numeros-moviles", lineLookupSource, "low"),
  representativeRequirements: fact(null, representativeRuleSource, "medium"),
};
