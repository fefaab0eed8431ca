import { osiptel } from "../content/osiptel.ts";
import { useText } from "../i18n/useText.ts";
import { FactSource } from "../ui/FactSource.tsx";
import { InfoPage } from "../ui/InfoPage.tsx";
import { carrierName } from "./carrierName.ts";
import { StaffCardForAnswers } from "./StaffCardForAnswers.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

export function AtStoreStep() {
  const t = useText();
  const answers = useAnswers();
  const { next } = useWizardActions();
  return (
    <InfoPage title={t("atStore.title")} onContinue={next}>
      <ol className="steps">
        <li>{t("atStore.go", { carrier: carrierName(answers, t) })}</li>
        <li>{t("atStore.show")}</li>
        <li>{t("atStore.ask")}</li>
        <li>{t("atStore.proof")}</li>
      </ol>
      <FactSource fact={osiptel.proofOfRequest} />
      <FactSource fact={osiptel.cancellationIsFree} />
      <StaffCardForAnswers answers={answers} />
    </InfoPage>
  );
}
