import { aboutThisApp } from "../../content/basis.ts";
import { isDeceasedHoldersLine } from "../../flow/rules.ts";
import { useText } from "../../i18n/useText.ts";
import { Statement } from "../../ui/Statement.tsx";
import { useAnswers, useFollowUp, useWizardActions } from "../wizard.ts";

/** On the summary: once the request is made, record it to get the date to check and a reminder; the letters. */
export function AfterTheRequest() {
  const t = useText();
  const { request } = useFollowUp();
  const heir = isDeceasedHoldersLine(useAnswers());
  const { followUp, openLetters } = useWizardActions();
  return (
    <section aria-labelledby="after-request-title">
      <h2 id="after-request-title">{t("afterTheRequest.heading")}</h2>
      <Statement basis={aboutThisApp}>
        {t(heir ? "afterTheRequest.introHeir" : "afterTheRequest.intro")}
      </Statement>
      <div className="button-group">
        <button type="button" className="button" onClick={followUp}>
          {request ? t("afterTheRequest.seeDueDate") : t("afterTheRequest.record")}
        </button>
        <button type="button" className="button button--secondary" onClick={openLetters}>
          {t("afterTheRequest.letters")}
        </button>
      </div>
    </section>
  );
}
