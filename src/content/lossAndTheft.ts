import { fact, osiptelPage, press, verifiedOn } from "./fact.ts";
import { newNormGestion } from "./sharedSources.ts";

const theftSteps = "https://caretas.pe/?p=781820";
const osiptelPiuraOnLossOrTheft =
  "https://elregionalpiura.com.pe/index.php/region-piura/150-piura/61110-que-hacer-si-te-roban-o-pierdes-el-celular";
const reportRegulation =
  "https://larazon.pe/sepa-como-reportar-un-celular-robado-o-perdido-para-su-inmediato-bloqueo";
const entelReportBlocksBoth =
  "https://bicentenariodelperu.pe/como-bloquear-un-celular-robado-o-el-chip-en-entel/";
const blockShowsGuide =
  "https://mag.elcomercio.pe/respuestas/como-saber-si-mi-celular-esta-bloqueado-luego-de-reportarlo-como-robado-tecnologia-osiptel-peru-nnda-nnlt-noticia/";
const imeiGuide =
  "https://elcomercio.pe/respuestas/que-es-el-codigo-imei-de-tu-celular-y-como-consultar-en-que-estado-se-encuentra-revtli-noticia";

const checked = { verified: verifiedOn.primarySources };

/** A lost or stolen phone or SIM: what to do first, and what the carrier must do. */
export const lossAndTheft = {
  /** A phone found again: the carrier restores the line and lifts the phone's block at once. */
  blockLiftedWhenRecovered: fact(null, [press(reportRegulation)], checked),
  /** OSIPTEL's steps after a theft: bank, carrier, police, Checa tu IMEI. */
  stepsAfterTheft: fact(null, [press(theftSteps)]),
  /** The report suspends the line and blocks the phone's IMEI at once, and the carrier gives a blocking code. */
  reportBlocksLineAndPhone: fact(
    null,
    [press(osiptelPiuraOnLossOrTheft), press(reportRegulation), press(entelReportBlocksBoth)],
    checked,
  ),
  checkImei: fact(null, [
    osiptelPage("https://www.osiptel.gob.pe/sistemas/sigem.html"),
    press(blockShowsGuide),
  ]),
  /** Hours after which a block that does not show can be reported to OSIPTEL. */
  imeiBlockShowsWithinHours: fact(24, [press(blockShowsGuide)]),
  imeiDialCode: fact("*#06#", [press(imeiGuide)]),
  imeiDigits: fact(15, [press(imeiGuide)]),
  /** Under the new norm a replacement SIM ("reposición") is given in person, within 1 to 4 hours of the identity check. */
  simReplacementHours: fact(4, [press(newNormGestion)], checked),
};
