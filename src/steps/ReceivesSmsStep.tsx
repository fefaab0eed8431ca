import { basedOn } from "../content/basis.ts";
import { fromAbroad } from "../content/fromAbroad.ts";
import { appNeedsTheLine } from "../content/rights.ts";
import { useText } from "../i18n/useText.ts";
import { Statement } from "../ui/Statement.tsx";
import { ChoiceStep } from "./ChoiceStep.tsx";

export function ReceivesSmsStep() {
  const t = useText();
  return (
    <ChoiceStep
      question="receivesSms"
      hint={
        <Statement basis={basedOn(fromAbroad.roamingOnlyOnRequest, appNeedsTheLine)}>
          {t("receivesSms.hint")}
        </Statement>
      }
    />
  );
}
