import { carrierFacts } from "../content/carriers/index.ts";
import { carrierWithFacts } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { FactSource } from "../ui/FactSource.tsx";
import { InfoPage } from "../ui/InfoPage.tsx";
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
        <li>
          {carrier ? t("online.app", { app: String(carrier.app.value) }) : t("online.askCarrierApp")}
          {carrier && <FactSource fact={carrier.app} />}
        </li>
        <li>{t("online.sim")}</li>
        <li>{t("online.proof")}</li>
      </ol>
    </InfoPage>
  );
}
