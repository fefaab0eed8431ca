import { ourAdvice } from "../content/basis.ts";
import { useText } from "../i18n/useText.ts";
import { Statement } from "../ui/Statement.tsx";
import { ChecaTusLineasHint } from "./ChecaTusLineasHint.tsx";
import { ChoiceStep } from "./ChoiceStep.tsx";

export function CarrierStep() {
  const t = useText();
  const hint = (
    <>
      <Statement basis={ourAdvice}>{t("carrier.hint")}</Statement>
      <ChecaTusLineasHint text="carrier.hintChecaTusLineas" />
    </>
  );
  return <ChoiceStep question="carrier" hint={hint} />;
}
