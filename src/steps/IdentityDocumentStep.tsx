import { aboutThisApp } from "../content/basis.ts";
import { useText } from "../i18n/useText.ts";
import { Statement } from "../ui/Statement.tsx";
import { ChoiceStep } from "./ChoiceStep.tsx";

export function IdentityDocumentStep() {
  const t = useText();
  return (
    <ChoiceStep
      question="identityDocument"
      hint={<Statement basis={aboutThisApp}>{t("identityDocument.hint")}</Statement>}
    />
  );
}
