import { documentsFor } from "../flow/documents.ts";
import { useText } from "../i18n/useText.ts";
import { Checklist } from "../ui/Checklist.tsx";
import { InfoPage } from "../ui/InfoPage.tsx";
import { documentLabel, documentReason } from "./documentItemText.ts";
import { useAnswers, useTicks, useWizardActions } from "./wizard.ts";

export function DocumentsStep() {
  const t = useText();
  const documents = documentsFor(useAnswers());
  const ticks = useTicks();
  const { next, toggleTick } = useWizardActions();
  return (
    <InfoPage title={t("documents.title")} onContinue={next}>
      <p>{t("documents.intro")}</p>
      <Checklist
        name="documents"
        legend={t("documents.title")}
        items={documents.map(({ id }) => ({
          id,
          label: documentLabel(id, t),
          detail: documentReason(id, t),
        }))}
        ticked={ticks}
        onToggle={toggleTick}
      />
    </InfoPage>
  );
}
