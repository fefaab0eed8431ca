import { osiptel } from "../content/osiptel.ts";
import { planTypes } from "../flow/answers.ts";
import { useText } from "../i18n/useText.ts";
import { FactSource } from "../ui/FactSource.tsx";
import { ChoiceStep } from "./ChoiceStep.tsx";

export function PlanTypeStep() {
  const t = useText();
  const hint = (
    <>
      <p>{t("planType.hint")}</p>
      <FactSource fact={osiptel.checaTusLineas} />
    </>
  );
  return <ChoiceStep question="planType" options={planTypes} hint={hint} />;
}
