import { fact } from "../fact.ts";
import {
  appRouteSource,
  type CarrierFacts,
  carrierNumbersSource,
  representativeRuleSource,
} from "./carrier.ts";

export const claro: CarrierFacts = {
  name: "Claro",
  app: fact("Mi Claro", appRouteSource, "medium"),
  lossTheftFromOwnLine: fact("123", carrierNumbersSource, "medium"),
  lossTheftFromAnyPhone: fact("0800 00123", carrierNumbersSource, "medium"),
  representativeRequirements: fact(null, representativeRuleSource, "medium"),
};

/** Claro: a line suspended for loss or theft must get a replacement SIM within this many days, or the number is lost. */
export const claroReplacementDays = fact(
  90,
  "https://comunidad.claro.com.pe/t5/M%C3%B3vil/Cu%C3%A1l-es-el-tiempo-de-duraci%C3%B3n-del-saldo-y-el-chip/td-p/10013",
  "medium",
);
