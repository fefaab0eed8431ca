import { identityDocuments } from "../flow/answers.ts";
import { useText } from "../i18n/useText.ts";
import { ChoiceStep } from "./ChoiceStep.tsx";

export function IdentityDocumentStep() {
  const t = useText();
  return (
    <ChoiceStep
      question="identityDocument"
      options={identityDocuments}
      hint={<p>{t("identityDocument.hint")}</p>}
    />
  );
}
