import { aboutThisApp } from "../content/basis.ts";
import { documentsFor } from "../flow/documents.ts";
import { useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { DocumentList } from "./DocumentList.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

export function DocumentsStep() {
  const t = useText();
  const documents = documentsFor(useAnswers());
  const { next } = useWizardActions();
  return (
    <InfoPage title={t("documents.title")} onContinue={next}>
      <Statement basis={aboutThisApp}>{t("documents.intro")}</Statement>
      <DocumentList name="documents" legend={t("documents.title")} documents={documents} />
    </InfoPage>
  );
}
