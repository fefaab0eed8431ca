import type { Fact } from "../fact.ts";

/** Two ways to reach a carrier by phone: from one of its own lines, and from any phone. */
export type PhoneNumbers = { ownLine: Fact; anyPhone: Fact };

/**
 * Customer service, with the number written for dialling from abroad where the carrier has one that is not a
 * domestic-only 0800 or short code; null where none is known.
 */
export type CustomerService = PhoneNumbers & { fromAbroad: Fact | null };

export type CarrierFacts = {
  name: string;
  /** The carrier's self-service app, through which a baja can be requested. */
  app: Fact;
  /** General customer service ("atención al cliente"): where a baja is asked for by phone. */
  customerService: CustomerService;
  /** The line for reporting a lost or stolen phone or SIM. */
  lossAndTheft: PhoneNumbers;
  /** The carrier's own list of its stores; null where the research found none. */
  storeFinder: Fact | null;
  /** How long a prepaid line without balance lasts without a top-up before the carrier ends it (days). */
  prepaidWithoutBalanceDays: Fact;
  /** How old, at most, a representative's notarised carta poder may be (months); null where no source says: the page then says to ask the carrier. */
  representativePowerMaxMonths: Fact | null;
  /** The company's legal name (razón social), to whom letters are addressed; null where no source gives it. */
  legalName: Fact | null;
};

/** OSIPTEL's list of each carrier's numbers, December 2025: the same numbers for a loss or theft. */
export const osiptelNumbersList =
  "https://www.infobae.com/peru/2025/12/31/que-hacer-si-te-roban-el-celular-durante-ano-nuevo-osiptel-detalla-los-pasos-y-contactos-clave/";
export const appRoute =
  "https://infobae.com/peru/2024/05/14/osiptel-asi-puedes-dar-de-baja-o-migrar-tu-servicio-movil-sin-salir-de-casa";
/** OSIPTEL's published tariff sheet for a carrier, which names its customer-service number ("Atención"). */
export const tariffSheet = (id: number) =>
  `https://serviciosweb.osiptel.gob.pe/ConsultaSIRT/Buscar/FrmVerTarifa.aspx?pTarifa=${id}`;
