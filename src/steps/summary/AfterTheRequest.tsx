import { aboutThisApp } from "../../content/basis.ts";
import { recordLinesFor } from "../../flow/requestRecord.ts";
import { isDeceasedHoldersLine } from "../../flow/rules.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useText } from "../../i18n/useText.ts";
import { Statement } from "../../ui/Statement.tsx";
import { useAnswers, useFollowUp, useWizardActions } from "../wizard.ts";
import { recordLineText } from "./planActionText.ts";

/**
 * On the summary: once the request is made, record it to get the date to check and a reminder; the letters. What is
 * recorded shows here, so that the printed plan holds it too.
 */
export function AfterTheRequest() {
  const t = useText();
  const locale = useLocale();
  const recorded = useFollowUp();
  const { request } = recorded;
  const records = recordLinesFor(recorded);
  const heir = isDeceasedHoldersLine(useAnswers());
  const { followUp, openLetters } = useWizardActions();
  return (
    <section aria-labelledby="after-request-title">
      <h2 id="after-request-title">{t("afterTheRequest.heading")}</h2>
      <Statement basis={aboutThisApp}>
        {t(heir ? "afterTheRequest.introHeir" : "afterTheRequest.intro")}
      </Statement>
      {records.length > 0 && (
        <>
          <h3>{t("record.title")}</h3>
          <ul className="records">
            {records.map((line) => (
              <Statement as="li" key={line.id} basis={line.basis}>
                {recordLineText(line, t, locale)}
              </Statement>
            ))}
          </ul>
        </>
      )}
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
