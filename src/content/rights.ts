import { bitelBajaPage } from "./carriers/bitelPages.ts";
import { appRoute } from "./carriers/carrier.ts";
import { carrierPage, fact, inferredFrom, press, regulation, verifiedOn } from "./fact.ts";
import { newNormInfobae, osiptelArequipa, osiptelTarapoto } from "./sharedSources.ts";

const gestionRight =
  "https://gestion.pe/peru/osiptel-usuarios-tienen-derecho-a-dar-de-baja-sus-servicios-de-telecomunicaciones-sin-trabas-noticia/";
const reclamosRegulation = "https://es.scribd.com/document/676714877/resol99-2022-cd-tuo-reglamento-reclamos";
/** The same regulation on OSIPTEL's own site: the official text of the copy above. */
const reclamosRegulationAtOsiptel =
  "https://www.osiptel.gob.pe/media/t2adonsc/resol99-2022-cd-tuo-reglamento-reclamos.pdf";
const representationArticle = "https://cableredperu.com/?p=2035";
const deceasedHolder =
  "https://gestion.pe/peru/osiptel-que-hacer-cuando-fallece-el-titular-de-los-servicios-de-telecomunicaciones-noticia";
const checkLinesGuide =
  "https://diariocorreo.pe/tecnologia/evita-fraudes-verifica-cuantas-lineas-moviles-estan-registradas-a-tu-nombre-con-osiptel-noticia/";

const checked = { verified: verifiedOn.primarySources };

/** The abonado's right to end the contract at any time, without a reason, and what the carrier must then do. */
export const rights = {
  mayCancelAnyTime: fact(null, [carrierPage(bitelBajaPage), press(gestionRight)], checked),
  channelsCarriersMustAccept: fact(null, [carrierPage(bitelBajaPage), press(gestionRight)], checked),
  /** Every request gets a "código de pedido" (TUO del Reglamento de Reclamos, Art. 3). */
  proofOfRequest: fact(
    null,
    [regulation(reclamosRegulationAtOsiptel), regulation(reclamosRegulation), press(gestionRight)],
    checked,
  ),
  cancellationIsFree: fact(null, [press(osiptelTarapoto)], checked),
  debtIsNoReasonToRefuse: fact(null, [press(osiptelArequipa)], checked),
  /** Registering in the carrier's app can ask for the DNI's issue date. */
  appRoute: fact(null, [press(appRoute)]),
};

/**
 * The app's sign-up sends a code to the line itself: Bitel's own page says so for Mi Bitel; for the other carriers'
 * apps it is our reading of the app route.
 */
export const appNeedsTheLine = fact(null, [
  carrierPage("https://bitel.com.pe/suscripciones/mi-bitel/paquetes"),
  inferredFrom(appRoute),
]);

/**
 * Who may ask. OSIPTEL's press line says "only the holder"; the 2022 norm's Art. 4 lets a representative with the
 * papers the carrier asks for act, never by phone; the new norm adds an "authorised contact" for some procedures.
 */
export const representation = {
  representativeMayAct: fact(null, [press(representationArticle), press(gestionRight)], {
    ...checked,
    sourcesDiffer: true,
  }),
  authorisedContact: fact(null, [press(newNormInfobae)], checked),
  /** A reclamo, queja or apelación filed by phone or on the web must come from the holder: others file in person. */
  claimsByPhoneOrWebHolderOnly: fact(
    null,
    [press("https://gestion.pe/economia/osiptel-usuarios-pueden-reclamar-sin-ser-titulares-noticia/")],
    checked,
  ),
};

/** The death of a holder who is a person is itself a cause for the contract to end. */
export const deathEndsContract = fact(
  null,
  [
    press(
      "https://andina.pe/agencia/seccion-economia-2.aspx/img/conectaempleo-formacion.fundaciontelefonica.com/noticia-usuarios-pueden-dar-baja-su-servicio-ante-empresa-operadora-sin-condicionamientos-1020930.aspx",
    ),
  ],
  checked,
);

/** An heir takes the line over first ("cambio de titularidad"): this many business days for the carrier. */
export const deceasedHolderChange = fact(10, [press(deceasedHolder)], checked);

/** What OSIPTEL's "Checa tus líneas" shows: lines registered to the ID document typed in, not the holder of a number. */
export const checaTusLineas = fact(
  "https://checatuslineas.osiptel.gob.pe",
  [press(checkLinesGuide)],
  checked,
);

/** How many of the last digits of each number "Checa tus líneas" hides. */
export const checaTusLineasHiddenDigits = fact(4, [press(checkLinesGuide)], checked);

/** "No reconozco una o más líneas" in Checa tus líneas asks for a face check with RENIEC's ID Perú app. */
export const unrecognisedLineReport = fact(
  null,
  [
    press(
      "https://elcomercio.pe/lima/sucesos/osiptel-usuarios-pueden-detectar-y-dar-de-baja-lineas-moviles-que-no-contrataron-a-traves-de-plataforma-noticia/",
    ),
  ],
  checked,
);

/**
 * Without the report: a prepaid line is questioned at the carrier's office ("cuestionamiento de titularidad"), a
 * postpaid one is the subject of a reclamo for an unrequested contract ("contratación no solicitada").
 */
export const unrecognisedLineAtTheCarrier = fact(
  null,
  [
    press(
      "https://jorgeandresamaya.blogspot.com/2024/07/como-dar-de-baja-lineas-moviles-no-reconocidas-registradas-a-tu-nombre.html",
    ),
  ],
  checked,
);

/** Since Res. 00135-2025-CD/OSIPTEL anyone may ask their carrier to block new lines being taken in their name. */
export const blockNewLinesInYourName = fact(
  null,
  [
    press(
      "https://elcomercio.pe/respuestas/tramites/ojo-con-las-estafas-asi-puedes-bloquear-que-saquen-lineas-telefonicas-a-tu-nombre-tdpe-noticia/",
    ),
  ],
  checked,
);

/** "No reconozco una o más líneas" in Checa tus líneas: the carrier must settle it within this many business days. */
export const unrecognisedLineDays = fact(
  3,
  [
    press(
      "https://panamericana.pe/locales/464483-osiptel-relanza-checa-lineas-detectar-chips-activados-autorizacion",
    ),
  ],
  checked,
);
