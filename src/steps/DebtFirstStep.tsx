import { basedOn } from "../content/basis.ts";
import { rights } from "../content/rights.ts";
import { useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { CarrierContact } from "./CarrierContact.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

export function DebtFirstStep() {
  const t = useText();
  const { next } = useWizardActions();
  const debtRule = basedOn(rights.debtIsNoReasonToRefuse);
  return (
    <InfoPage title={t("debtFirst.title")} onContinue={next}>
      <Statement basis={debtRule}>{t("debtFirst.noRefusal")}</Statement>
      <Statement basis={debtRule}>{t("debtFirst.stillOwed")}</Statement>
      <CarrierContact answers={useAnswers()} />
    </InfoPage>
  );
}
