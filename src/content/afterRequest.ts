import { fact, osiptelPage, press, regulation, verifiedOn } from "./fact.ts";
import { osiptelArequipa } from "./sharedSources.ts";

const osiptelPiuraOnBaja =
  "https://panoramad.com.pe/index.php/regionales/585-osiptel-abonados-pueden-dar-de-baja-su-servicio-de-telecomunicaciones-sin-condicionamientos-o-explicaciones-a-empresas-operadoras";
const reclamoTimesByMatter =
  "https://realidad.pe/sociedad/esto-es-lo-que-debes-hacer-si-la-operadora-no-responde-o-responde-tarde-a-tu-reclamo/";
/** OSIPTEL's national director on a reclamo for a baja not carried out: 20 business days to answer, 5 to notify. */
const osiptelNationalOnReclamo =
  "https://piuraempresarial.com/2024/09/14/rapido-y-sin-colas-usuarios-pueden-dar-de-baja-su-servicio-movil-a-traves-de-apps-de-empresas-operadoras";
/** A law firm on the TUO's Art. 28: "falta de ejecución de baja" is a matter of its own, apart from "falta del servicio". */
const reclamoMatters = "https://veratorres.com.pe/osiptel-reclamos-no-demandan-pago-previo-de-clientes/";
const quejasFiledTooEarly =
  "https://larepublica.pe/amp/economia/2023/06/29/reclamos-contra-operadoras-como-evitar-que-tu-queja-sea-declarada-improcedente-o-infundada-osiptel-movistar-claro-atmp-2181148";
/** A change to the reclamos rule as El Peruano published it (only the openings could be read). */
const inElPeruano = (id: string) => regulation(`https://busquedas.elperuano.pe/api/visor_html/${id}`);
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
  /** The reclamo's matter as the rules name it: "falta de ejecución de baja o suspensión del servicio". */
  reclamoMatterBajaNotCarriedOut: fact(null, [press(reclamoMatters)], checked),
  /** Business days the carrier has to answer a reclamo about a baja not carried out ("falta de ejecución de baja"). */
  reclamoAnswerDays: fact(20, [press(osiptelNationalOnReclamo), press(osiptelPiuraOnBaja)], {
    ...checked,
    pressOnly: true,
  }),
  /** The short time OSIPTEL gives for an unjustified cut of service: a different matter, often quoted for a baja. */
  reclamoAnswerDaysForCuts: fact(3, [press(reclamoTimesByMatter)], checked),
  /** Then up to this many business days more to notify the answer. */
  reclamoNotifyDays: fact(5, [press(osiptelNationalOnReclamo), press(reclamoTimesByMatter)], {
    ...checked,
    pressOnly: true,
  }),
  /** The rule's amendments since 2022: no change to the times above was found, but their articles were not read. */
  reclamosRuleAmended: fact(
    null,
    [
      inElPeruano("1985545-1"),
      inElPeruano("2025668-1"),
      regulation("https://es.scribd.com/document/649267356/Reglamento-Reclamos-Modificacion"),
      inElPeruano("2157975-1"),
    ],
    checked,
  ),
  /** Most quejas OSIPTEL turns down were filed before the carrier's time to answer had run out. */
  quejaFiledTooEarlyTurnedDown: fact(null, [press(quejasFiledTooEarly)], checked),
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
