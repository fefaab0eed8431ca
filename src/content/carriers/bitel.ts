import { fact } from "../fact.ts";
import { appRouteSource, type CarrierFacts, carrierNumbersSource } from "./carrier.ts";

const bitelBajaPage =
  "https://bitel.com.pe/informacion-a-abonados-y-usuarios/-como-tramitar-la-baja-del-servicio-la-suspension-del-servicio-y-la-migracion-de-plan-tarifario-/-quieres-solicitar-la-baja-de-tu-servicio-/procedimiento-para-dar-de-baja-el-servicio-prepago";

export const bitel: CarrierFacts = {
  name: "Bitel",
  app: fact("Mi Bitel", appRouteSource, "medium"),
  lossTheftFromOwnLine: fact("123", carrierNumbersSource, "medium"),
  lossTheftFromAnyPhone: fact("930 123 123", carrierNumbersSource, "medium"),
  /** A notarised carta poder issued at most this many months before, plus copies of both IDs. */
  representativeRequirements: fact(1, bitelBajaPage, "high"),
};
