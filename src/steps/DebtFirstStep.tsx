import { osiptel } from "../content/osiptel.ts";
import { useText } from "../i18n/useText.ts";
import { FactSource } from "../ui/FactSource.tsx";
import { InfoPage } from "../ui/InfoPage.tsx";
import { useWizardActions } from "./wizard.ts";

export function DebtFirstStep() {
  const t = useText();
  const { next } = useWizardActions();
  return (
    <InfoPage title={t("debtFirst.title")} onContinue={next}>
      <p>{t("debtFirst.noRefusal")}</p>
      <p>{t("debtFirst.stillOwed")}</p>
      <FactSource fact={osiptel.debtIsNoReasonToRefuse} />
    </InfoPage>
  );
}
