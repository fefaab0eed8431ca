import { alternatives } from "../content/alternatives.ts";
import { basedOn } from "../content/basis.ts";
import { useText } from "../i18n/useText.ts";
import { Statement } from "../ui/Statement.tsx";
import { ChoiceStep } from "./ChoiceStep.tsx";

export function KeepNumberStep() {
  const t = useText();
  return (
    <ChoiceStep
      question="keepNumber"
      hint={
        <Statement basis={basedOn(alternatives.numberPortability, alternatives.portabilityNeedsActiveLine)}>
          {t("keepNumber.hint")}
        </Statement>
      }
    />
  );
}
