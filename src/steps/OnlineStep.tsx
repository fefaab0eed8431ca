import { basedOn, ourAdvice } from "../content/basis.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import { appNeedsTheLine, rights } from "../content/rights.ts";
import { carrierWithFacts } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { CarrierContact } from "./CarrierContact.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

export function OnlineStep() {
  const t = useText();
  const answers = useAnswers();
  const { next } = useWizardActions();
  const known = carrierWithFacts(answers);
  const carrier = known && carrierFacts[known];
  return (
    <InfoPage title={t("online.title")} onContinue={next}>
      <ol className="steps">
        {carrier ? (
          <Statement as="li" basis={basedOn(carrier.app, rights.appRoute)}>
            {t("online.app", { app: String(carrier.app.value) })}
          </Statement>
        ) : (
          <Statement as="li" basis={ourAdvice}>
            {t("online.askCarrierApp")}
          </Statement>
        )}
        <Statement as="li" basis={basedOn(appNeedsTheLine)}>
          {t("online.sim")}
        </Statement>
        <Statement as="li" basis={basedOn(rights.proofOfRequest)}>
          {t("online.proof")}
        </Statement>
      </ol>
      {!carrier && <CarrierContact answers={answers} />}
    </InfoPage>
  );
}
