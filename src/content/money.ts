import { carrierPage, fact, press, verifiedOn } from "./fact.ts";
import { newNormInfobae, prepaidLapseLaRepublica, prepaidLapseOsiptel } from "./sharedSources.ts";

const osiptelLaLibertad =
  "https://noticiastrujillo.pe/osiptel-como-solicitar-la-baja-de-tus-servicios-de-telecomunicaciones/";
const debtReported =
  "https://larepublica.pe/amp/tecnologia/2024/12/01/como-saber-si-tengo-deuda-en-mi-operador-de-celular-atmpe-15235";
const pasaSaldoPage = "https://www.claro.com.pe/personas/beneficios/movil/transferencia-de-saldo";

const checked = { verified: verifiedOn.primarySources };

/** Balance, bills and what is owed when the line ends. */
export const money = {
  /**
   * A phone bought with the plan under a fixed term: on a baja, a penalty for the months left, and the phone paid or
   * returned. Whether it must be paid first, or can hold the baja up, the sources do not say.
   */
  phoneStillOwed: fact(null, [press(osiptelLaLibertad)], checked),
  /** Movistar's own terms for a phone sold with a plan: 12 months on it, a penalty for a baja within them. */
  movistarPhoneWithPlanPenalty: fact(
    null,
    [carrierPage("https://catalogo.movistar.com.pe/iphone-11?p=0-28-335-1&p2=1")],
    checked,
  ),
  cancelBeforeBillingCycle: fact(null, [press(osiptelLaLibertad), press(newNormInfobae)]),
  /** A prepaid line left without top-ups, with balance, may stay active this long before the carrier ends it. */
  unusedPrepaidLineDays: fact(210, [press(prepaidLapseLaRepublica)], checked),
  /** How long before it ends a prepaid line left without balance a carrier must warn its holder (by SMS). */
  prepaidLapseNoticeDays: fact(15, [press(prepaidLapseOsiptel)], {
    verified: verifiedOn.audit,
    pressOnly: true,
  }),
  /** An unpaid telecom debt can be reported to the credit bureaus: a postpaid line's bills, or a suspended line's debt. */
  unpaidDebtReported: fact(null, [press(debtReported)], { verified: verifiedOn.audit }),
};

/** Claro's "Pasa Saldo": prepaid balance sent to another Claro prepaid line, dialled from the line itself. */
export const claroPasaSaldo = {
  code: fact("*222#", [carrierPage(pasaSaldoPage)], checked),
  menuOption: fact(2, [carrierPage(pasaSaldoPage)], checked),
  feeSoles: fact("0.25", [carrierPage(pasaSaldoPage)], checked),
  smallestSoles: fact(3, [carrierPage(pasaSaldoPage)], checked),
  largestSolesPerDay: fact(20, [carrierPage(pasaSaldoPage)], checked),
  /** Only a line topped up within this many days can send balance. */
  toppedUpWithinDays: fact(30, [carrierPage(pasaSaldoPage)], checked),
};

/** A cancelled number can be given to someone else after this many days. */
export const numberReassignedAfterDays = fact(90, [press(prepaidLapseLaRepublica)], checked);
