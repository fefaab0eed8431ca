import { afterRequest } from "../content/afterRequest.ts";
import { basedOn } from "../content/basis.ts";
import { useText } from "../i18n/useText.ts";
import { PhoneLink } from "../ui/PhoneLink.tsx";
import { Statement } from "../ui/Statement.tsx";

const { quieroSalirme, fonoAyuda, reclamoAnswerDaysNational, reclamoAnswerDaysRegional, reclamoNotifyDays } =
  afterRequest;

/** What to do, in order, when the carrier does not carry out the request: each step with its time limit. */
export function WayUp() {
  const t = useText();
  const reclamoDays = {
    national: Number(reclamoAnswerDaysNational.value),
    regional: Number(reclamoAnswerDaysRegional.value),
    notify: Number(reclamoNotifyDays.value),
  };
  const reclamoTimes = basedOn(reclamoAnswerDaysNational, reclamoAnswerDaysRegional, reclamoNotifyDays);
  return (
    <section aria-labelledby="way-up-title">
      <h2 id="way-up-title">{t("wayUp.title")}</h2>
      <ol className="steps">
        <Statement as="li" basis={basedOn(quieroSalirme, fonoAyuda)}>
          {t("wayUp.quieroSalirme")}{" "}
          <a
            href={String(quieroSalirme.value)}
            lang="es"
            hrefLang="es"
            rel="noreferrer noopener"
            target="_blank"
          >
            Quiero salirme
          </a>
          {" · "}
          <span lang="es">FonoAyuda</span> <PhoneLink number={fonoAyuda} />
        </Statement>
        <Statement as="li" basis={reclamoTimes}>
          {t("wayUp.reclamo", reclamoDays)}
        </Statement>
        <Statement as="li" basis={basedOn(afterRequest.queja)}>
          {t("wayUp.queja")}
        </Statement>
        <Statement as="li" basis={basedOn(afterRequest.appealDays)}>
          {t("wayUp.appeal", { days: Number(afterRequest.appealDays.value) })}
        </Statement>
      </ol>
      <Statement basis={reclamoTimes}>{t("wayUp.reclamoSourcesDiffer", reclamoDays)}</Statement>
    </section>
  );
}
