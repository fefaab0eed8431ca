import { afterRequest } from "../content/afterRequest.ts";
import { basedOn, notInOurSources } from "../content/basis.ts";
import { fromAbroad } from "../content/fromAbroad.ts";
import { representation } from "../content/rights.ts";
import { useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { AfterYouAsk } from "./AfterYouAsk.tsx";
import { useWizardActions } from "./wizard.ts";

/** From abroad, with no SIM to receive a code and no one in Peru: OSIPTEL's form or e-mail, and what is not known. */
export function OsiptelFormStep() {
  const t = useText();
  const { next } = useWizardActions();
  const form = String(afterRequest.quieroSalirme.value);
  const email = String(fromAbroad.osiptelEmail.value);
  return (
    <InfoPage title={t("osiptelForm.title")} onContinue={next}>
      <ol className="steps">
        <Statement as="li" basis={basedOn(afterRequest.quieroSalirme)}>
          {t("osiptelForm.fill")}{" "}
          <a href={form} hrefLang="es" rel="noreferrer noopener" target="_blank">
            {form}
          </a>
        </Statement>
        <Statement as="li" basis={basedOn(fromAbroad.osiptelEmail)}>
          {t("osiptelForm.email")} <a href={`mailto:${email}`}>{email}</a>
        </Statement>
      </ol>
      <Statement basis={notInOurSources}>{t("osiptelForm.unknown")}</Statement>
      <Statement basis={basedOn(representation.claimsByPhoneOrWebHolderOnly)}>
        {t("osiptelForm.wayUpFromAbroad")}
      </Statement>
      <AfterYouAsk />
    </InfoPage>
  );
}
