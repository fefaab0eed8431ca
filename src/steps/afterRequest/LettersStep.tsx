import { useText } from "../../i18n/useText.ts";
import { LettersPage } from "../letters/LettersPage.tsx";
import { useAnswers, useFollowUp, useRejection, useWizardActions } from "../wizard.ts";

/** The Spanish letters, filled from the answers, the request and the details the user typed. */
export function LettersStep() {
  const t = useText();
  const rejection = useRejection();
  const { saveLetterDetails } = useWizardActions();
  return (
    <LettersPage
      answers={useAnswers()}
      followUp={useFollowUp()}
      onSaveDetails={saveLetterDetails}
      error={rejection && { field: rejection.field, message: t(rejection.message) }}
    />
  );
}
