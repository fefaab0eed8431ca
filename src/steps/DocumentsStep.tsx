import { aboutThisApp } from "../content/basis.ts";
import { documentsFor, leavesQuestionsForTheCarrier } from "../flow/documents.ts";
import { stepTitleId } from "../flow/stepTitles.ts";
import { type MessageId, useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { CarrierContact } from "./CarrierContact.tsx";
import { DocumentsByVisit } from "./DocumentsByVisit.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

export function DocumentsStep() {
  const t = useText();
  const answers = useAnswers();
  const documents = documentsFor(answers);
  const { next } = useWizardActions();
  const title = t(stepTitleId("documents", answers) as MessageId);
  return (
    <InfoPage title={title} onContinue={next}>
      <Statement basis={aboutThisApp}>{t("documents.intro")}</Statement>
      <DocumentsByVisit name="documents" legend={title} documents={documents} heading="h2" />
      {leavesQuestionsForTheCarrier(documents) && <CarrierContact answers={answers} />}
    </InfoPage>
  );
}
