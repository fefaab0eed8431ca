import { fact } from "../fact.ts";
import {
  appRouteSource,
  type CarrierFacts,
  carrierNumbersSource,
  representativeRuleSource,
} from "./carrier.ts";

export const movistar: CarrierFacts = {
  name: "Movistar",
  app: fact("Mi Movistar", appRouteSource, "medium"),
  lossTheftFromOwnLine: fact("104", carrierNumbersSource, "medium"),
  lossTheftFromAnyPhone: fact("0800 11800", carrierNumbersSource, "medium"),
  representativeRequirements: fact(null, representativeRuleSource, "medium"),
};
