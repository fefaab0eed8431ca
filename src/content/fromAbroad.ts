import { fact, governmentPage, press, verifiedOn } from "./fact.ts";

const checked = { verified: verifiedOn.audit };

const osiptelHelpLines =
  "https://gestion.pe/peru/osiptel-como-evitar-suplantaciones-y-fraudes-con-tu-linea-telefonica-noticia/";
const prepaidLapsePanamericana =
  "https://panamericana.pe/locales/455918-atencion-usuarios-cuanto-dar-baja-linea-movil-prepago-recargas";
const roamingOnRequest =
  "https://gadgerss.com/2013/08/01/los-usuarios-podran-activar-o-desactivar-su-servicio-de-roaming-internacional-en-24-horas";
const osiptelTravelAdvice =
  "https://archivo.gestion.pe/empresas/viaja-al-extranjero-fin-ano-estas-son-tarifas-usar-su-movil-fuera-pais-2118383";
const consularSignature =
  "https://www.consulado.pe/es/Tokio/tramite/Paginas/Legalizaciones-Consulares/Legalizacion-firma-personas-naturales.aspx";
const powersSignedAbroad = "https://agnitio.pe/2021/05/21/inscripcion-de-poderes-otorgados-en-el-extranjero";
const apostilleService = "https://www.gob.pe/37288";

/**
 * What a person outside Peru can use, as far as the research found, and what happens to a line left behind. OSIPTEL's
 * "Quiero salirme" form (afterRequest.quieroSalirme) asks for a name, ID document, e-mail and contact number: that it
 * needs no SIM and no visit is our reading of those fields.
 */
export const fromAbroad = {
  /** OSIPTEL's e-mail for users, beside its FonoAyuda short code (which no source says works from abroad). */
  osiptelEmail: fact(
    "usuarios@osiptel.gob.pe",
    [press(osiptelHelpLines), press(prepaidLapsePanamericana)],
    checked,
  ),
  /** Roaming is switched on or off only when the user asks: a Peruvian SIM abroad may receive no SMS at all. */
  roamingOnlyOnRequest: fact(null, [press(roamingOnRequest)], checked),
  /** OSIPTEL's travel advice: ask the carrier, before leaving, for a number that can be called free from abroad. */
  askForANumberBeforeTravelling: fact(null, [press(osiptelTravelAdvice)], checked),
  /** A Peruvian consulate certifies the signature of anyone, Peruvian or not, signed before the consul, the same day. */
  consularSignature: fact(null, [governmentPage(consularSignature)], checked),
  /** A power signed before a foreign notary is used in Peru with an apostille (Hague countries). */
  apostille: fact(null, [governmentPage(apostilleService), press(powersSignedAbroad)], checked),
};
