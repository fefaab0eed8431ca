import { afterRequest } from "../content/afterRequest.ts";
import { useText } from "../i18n/useText.ts";
import { PhoneLink } from "../ui/PhoneLink.tsx";
import { Statement } from "../ui/Statement.tsx";
import { wayUpSteps, wayUpTimesNote } from "./wayUpSteps.ts";

/** What to do, in order, when the carrier does not carry out the request: each step with its time limit. */
export function WayUp() {
  const t = useText();
  const timesNote = wayUpTimesNote(t);
  return (
    <section aria-labelledby="way-up-title">
      <h2 id="way-up-title">{t("wayUp.title")}</h2>
      <ol className="steps">
        {wayUpSteps(t).map(({ id, text, basis }) => (
          <Statement as="li" key={id} basis={basis}>
            {text}
            {id === "quieroSalirme" && <OsiptelContacts />}
          </Statement>
        ))}
      </ol>
      <Statement basis={timesNote.basis}>{timesNote.text}</Statement>
    </section>
  );
}

/** OSIPTEL's form for a baja not carried out, and its help line. */
export function OsiptelContacts() {
  const { quieroSalirme, fonoAyuda } = afterRequest;
  return (
    <>
      {" "}
      <a href={String(quieroSalirme.value)} lang="es" hrefLang="es" rel="noreferrer noopener" target="_blank">
        Quiero salirme
      </a>
      {" · "}
      <span lang="es">FonoAyuda</span> <PhoneLink number={fonoAyuda} />
    </>
  );
}
