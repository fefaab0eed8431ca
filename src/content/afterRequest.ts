import { fact, osiptelPage, press, verifiedOn } from "./fact.ts";

const osiptelArequipa =
  "https://hbanoticias.pe/osiptel-esto-es-lo-que-debes-hacer-para-dar-de-baja-tu-servicio-de-internet-telefonia-o-cable";
const osiptelPiura =
  "https://panoramad.com.pe/index.php/regionales/585-osiptel-abonados-pueden-dar-de-baja-su-servicio-de-telecomunicaciones-sin-condicionamientos-o-explicaciones-a-empresas-operadoras";
const reclamoTimesByMatter =
  "https://realidad.pe/sociedad/esto-es-lo-que-debes-hacer-si-la-operadora-no-responde-o-responde-tarde-a-tu-reclamo/";
const quieroSalirmeNews =
  "https://gestion.pe/peru/quiero-salirme-osiptel-ayudara-a-dar-de-baja-servicios-de-telecomunicaciones-via-online-noticia/";
const lineCheckNews =
  "https://panamericana.pe/locales/457713-evita-fraudes-suplantaciones-verifica-lineas-moviles-registradas-nombre";

const checked = { verified: verifiedOn.primarySources };

/** What the user can do once the request is made, and when the carrier does not act. */
export const afterRequest = {
  /** Charges billed after the date the baja was, or should have been, carried out are not the abonado's. */
  chargesAfterDueDateNotOwed: fact(null, [press(osiptelArequipa)], checked),
  quieroSalirme: fact(
    "https://serviciosweb.osiptel.gob.pe/formularios/quierosalirme",
    [press(quieroSalirmeNews)],
    checked,
  ),
  fonoAyuda: fact("1844", [press(lineCheckNews)]),
  /**
   * Business days the carrier has to answer a reclamo about a baja not carried out. The sources differ: OSIPTEL's
   * national guidance puts it with the 3-day matters, its regional offices say 20.
   */
  reclamoAnswerDaysNational: fact(3, [press(reclamoTimesByMatter)], { ...checked, sourcesDiffer: true }),
  reclamoAnswerDaysRegional: fact(20, [press(osiptelPiura)], { ...checked, sourcesDiffer: true }),
  /** Then up to this many business days more to notify the answer. */
  reclamoNotifyDays: fact(5, [press(reclamoTimesByMatter), press(osiptelPiura)], checked),
  /** A queja asks for "silencio administrativo positivo" once the carrier's time to answer has run out. */
  queja: fact(
    null,
    [
      osiptelPage("https://www.gob.pe/37286-lo-que-debes-saber-antes-de-reclamar"),
      osiptelPage("https://www.osiptel.gob.pe/guiatipodequejas/"),
      osiptelPage(
        "https://www.gob.pe/37295-lo-que-debes-saber-antes-de-reclamar-que-es-una-queja-y-cuando-puedes-presentarla",
      ),
    ],
    checked,
  ),
  /** Business days to appeal to OSIPTEL's tribunal (TRASU), filed at the carrier, from the day after its answer. */
  appealDays: fact(
    15,
    [osiptelPage("https://www.osiptel.gob.pe/guiadiccionariodetallerecursodeapelacion/")],
    checked,
  ),
};
