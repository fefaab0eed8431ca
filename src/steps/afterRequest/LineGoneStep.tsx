import { afterRequest } from "../../content/afterRequest.ts";
import { aboutThisApp, basedOn, ourAdvice } from "../../content/basis.ts";
import { isPrepaid } from "../../flow/rules.ts";
import { useText } from "../../i18n/useText.ts";
import { InfoPage } from "../../ui/InfoPage.tsx";
import { Statement } from "../../ui/Statement.tsx";
import { useAnswers, useFollowUp } from "../wizard.ts";

/** The line is gone: what to keep, what to check, and the SIM to destroy. */
export function LineGoneStep() {
  const t = useText();
  const answers = useAnswers();
  const { request } = useFollowUp();
  return (
    <InfoPage title={t("lineGone.title")}>
      <ul className="steps">
        <Statement as="li" basis={ourAdvice}>
          {request?.code ? t("lineGone.keepProofCode", { code: request.code }) : t("lineGone.keepProof")}
        </Statement>
        {!isPrepaid(answers) && (
          <Statement as="li" basis={basedOn(afterRequest.chargesAfterDueDateNotOwed)}>
            {t("lineGone.finalBill")}
          </Statement>
        )}
        <Statement as="li" basis={ourAdvice}>
          {t("lineGone.destroySim")}
        </Statement>
      </ul>
      <Statement basis={aboutThisApp}>{t("lineGone.deleteData")}</Statement>
    </InfoPage>
  );
}
