import { fact } from "./fact.ts";

const gestionRight =
  "https://gestion.pe/peru/osiptel-usuarios-tienen-derecho-a-dar-de-baja-sus-servicios-de-telecomunicaciones-sin-trabas-noticia/";
const regionalOffice =
  "https://gutinoticiastarapoto.com/osiptel-informa-como-dar-de-baja-tu-servicio-de-telecomunicaciones";
const theftSteps = "https://caretas.pe/?p=781820";
const lineCheckNews =
  "https://panamericana.pe/locales/457713-evita-fraudes-suplantaciones-verifica-lineas-moviles-registradas-nombre";

/** What the regulator (OSIPTEL) says, as reported by the sources in the research notes. */
export const osiptel = {
  anyoneMayCancel: fact(null, gestionRight, "high"),
  onlyHolderMayRequest: fact(null, gestionRight, "high"),
  channelsCarriersMustAccept: fact(null, gestionRight, "high"),
  proofOfRequest: fact(null, gestionRight, "high"),
  cancellationIsFree: fact(null, regionalOffice, "medium"),
  businessDaysToCancel: fact(5, regionalOffice, "medium"),
  nothingOwedAfterRequest: fact(null, regionalOffice, "medium"),
  quieroSalirme: fact(
    "https://serviciosweb.osiptel.gob.pe/formularios/quierosalirme",
    "https://gestion.pe/peru/quiero-salirme-osiptel-ayudara-a-dar-de-baja-servicios-de-telecomunicaciones-via-online-noticia/",
    "high",
  ),
  fonoAyuda: fact("1844", lineCheckNews, "medium"),
  checaTusLineas: fact("https://checatuslineas.osiptel.gob.pe", lineCheckNews, "medium"),
  representativeInPersonOnly: fact(null, "https://cableredperu.com/?p=2035", "medium"),
  deceasedHolderChange: fact(
    10,
    "https://gestion.pe/peru/osiptel-que-hacer-cuando-fallece-el-titular-de-los-servicios-de-telecomunicaciones-noticia",
    "high",
  ),
  debtIsNoReasonToRefuse: fact(
    null,
    "https://hbanoticias.pe/osiptel-esto-es-lo-que-debes-hacer-para-dar-de-baja-tu-servicio-de-internet-telefonia-o-cable",
    "medium",
  ),
  deviceContractPenalty: fact(
    null,
    "https://noticiastrujillo.pe/osiptel-como-solicitar-la-baja-de-tus-servicios-de-telecomunicaciones/",
    "medium",
  ),
  cancelBeforeBillingCycle: fact(
    null,
    "https://noticiastrujillo.pe/osiptel-como-solicitar-la-baja-de-tus-servicios-de-telecomunicaciones/",
    "medium",
  ),
  prepaidBalanceRefund: fact(
    null,
    "https://ticandlegal.com/2012/10/08/que-pasa-con-el-saldo-disponible-en-prepago-cuando-realizo-una-portabilidad-o-doy-de-baja-la-linea/",
    "low",
  ),
  numberPortability: fact(
    null,
    "https://mobiletime.la/noticias/06/03/2025/peru-portabilidad-numerica",
    "high",
  ),
  planChange: fact(
    null,
    "https://n60.pe/osiptel-conoce-las-diferencias-entre-migracion-o-portabilidad-numerica/",
    "high",
  ),
  temporarySuspension: fact(
    null,
    "https://diariocorreo.pe/economia/movistar-claro-bitel-entel-osiptel-operadoras-no-pueden-cobrar-a-usuarios-por-suspender-sus-servicios-nndc-noticia",
    "medium",
  ),
  theftSteps: fact(null, theftSteps, "medium"),
  blockingCode: fact(
    null,
    "https://mag.elcomercio.pe/respuestas/como-saber-si-mi-celular-esta-bloqueado-luego-de-reportarlo-como-robado-tecnologia-osiptel-peru-nnda-nnlt-noticia/",
    "medium",
  ),
  imeiDialCode: fact(
    "*#06#",
    "https://elcomercio.pe/respuestas/que-es-el-codigo-imei-de-tu-celular-y-como-consultar-en-que-estado-se-encuentra-revtli-noticia",
    "high",
  ),
  numberReassignedAfterDays: fact(
    90,
    "https://larepublica.pe/tecnologia/2025/10/30/usas-chip-prepago-el-maximo-de-dias-que-puedes-pasar-sin-hacer-recargas-o-dan-de-baja-tu-servicio-1305240",
    "high",
  ),
  whatsappChangeNumber: fact(
    null,
    "https://faq.whatsapp.com/1166321223998129/?locale=es_LA&category=5245246",
    "high",
  ),
};

export type OsiptelFactId = keyof typeof osiptel;
