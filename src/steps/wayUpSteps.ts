import { afterRequest } from "../content/afterRequest.ts";
import { type Basis, basedOn } from "../content/basis.ts";
import type { Translate } from "../i18n/useText.ts";

const { quieroSalirme, fonoAyuda, queja, appealDays } = afterRequest;
const { reclamoAnswerDaysNational, reclamoAnswerDaysRegional, reclamoNotifyDays } = afterRequest;

export type WayUpStep = { id: "quieroSalirme" | "reclamo" | "queja" | "appeal"; text: string; basis: Basis };

const reclamoTimes = basedOn(reclamoAnswerDaysNational, reclamoAnswerDaysRegional, reclamoNotifyDays);

const reclamoDays = {
  national: Number(reclamoAnswerDaysNational.value),
  regional: Number(reclamoAnswerDaysRegional.value),
  notify: Number(reclamoNotifyDays.value),
};

/** What to do, in order, when the carrier does not carry out the request: each step with its time limit. */
export const wayUpSteps = (t: Translate): WayUpStep[] => [
  { id: "quieroSalirme", text: t("wayUp.quieroSalirme"), basis: basedOn(quieroSalirme, fonoAyuda) },
  { id: "reclamo", text: t("wayUp.reclamo", reclamoDays), basis: reclamoTimes },
  { id: "queja", text: t("wayUp.queja", reclamoDays), basis: basedOn(queja, reclamoAnswerDaysRegional) },
  { id: "appeal", text: t("wayUp.appeal", { days: Number(appealDays.value) }), basis: basedOn(appealDays) },
];

/** Where the sources disagree on the carrier's time to answer, said in one sentence. */
export const wayUpSourcesDiffer = (t: Translate) => ({
  text: t("wayUp.reclamoSourcesDiffer", reclamoDays),
  basis: reclamoTimes,
});

/** OSIPTEL's form and help line, as a line of text: the page shows them as links. */
export const osiptelContactsText = () => `${quieroSalirme.value} · FonoAyuda ${fonoAyuda.value}`;
