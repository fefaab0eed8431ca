import { afterRequest } from "../content/afterRequest.ts";
import { type Basis, basedOn } from "../content/basis.ts";
import type { Translate } from "../i18n/useText.ts";

const { quieroSalirme, fonoAyuda, queja, quejaFiledTooEarlyTurnedDown, appealDays } = afterRequest;
const { reclamoAnswerDays, reclamoAnswerDaysForCuts, reclamoNotifyDays, reclamosRuleAmended } = afterRequest;
const { reclamoMatterBajaNotCarriedOut } = afterRequest;

export type WayUpStep = { id: "quieroSalirme" | "reclamo" | "queja" | "appeal"; text: string; basis: Basis };

const reclamoTimes = basedOn(reclamoMatterBajaNotCarriedOut, reclamoAnswerDays, reclamoNotifyDays);

const reclamoDays = {
  answer: Number(reclamoAnswerDays.value),
  notify: Number(reclamoNotifyDays.value),
  cut: Number(reclamoAnswerDaysForCuts.value),
};

/** What to do, in order, when the carrier does not carry out the request: each step with its time limit. */
export const wayUpSteps = (t: Translate): WayUpStep[] => [
  { id: "quieroSalirme", text: t("wayUp.quieroSalirme"), basis: basedOn(quieroSalirme, fonoAyuda) },
  { id: "reclamo", text: t("wayUp.reclamo", reclamoDays), basis: reclamoTimes },
  {
    id: "queja",
    text: t("wayUp.queja", reclamoDays),
    basis: basedOn(queja, quejaFiledTooEarlyTurnedDown, reclamoAnswerDays),
  },
  { id: "appeal", text: t("wayUp.appeal", { days: Number(appealDays.value) }), basis: basedOn(appealDays) },
];

/** The shorter time quoted elsewhere is for another matter, and the rule has been amended since: said once. */
export const wayUpTimesNote = (t: Translate) => ({
  text: t("wayUp.reclamoTimesNote", reclamoDays),
  basis: basedOn(reclamoAnswerDaysForCuts, reclamosRuleAmended, reclamoAnswerDays),
});

/** OSIPTEL's form and help line, as a line of text: the page shows them as links. */
export const osiptelContactsText = () => `${quieroSalirme.value} · FonoAyuda ${fonoAyuda.value}`;
