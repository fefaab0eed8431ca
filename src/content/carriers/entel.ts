import { fact } from "../fact.ts";
import {
  appRouteSource,
  type CarrierFacts,
  carrierNumbersSource,
  representativeRuleSource,
} from "./carrier.ts";

export const entel: CarrierFacts = {
  name: "Entel",
  app: fact("Mi Entel", appRouteSource, "medium"),
  lossTheftFromOwnLine: fact("123", carrierNumbersSource, "medium"),
  lossTheftFromAnyPhone: fact("(01) 611 7777", carrierNumbersSource, "medium"),
  representativeRequirements: fact(null, representativeRuleSource, "medium"),
};
