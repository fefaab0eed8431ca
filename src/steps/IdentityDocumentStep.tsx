import { useText } from "../i18n/useText.ts";
import { ChoiceStep } from "./ChoiceStep.tsx";

export function IdentityDocumentStep() {
  const t = useText();
  return <ChoiceStep question="identityDocument" hint={<p>{t("identityDocument.hint")}</p>} />;
}
