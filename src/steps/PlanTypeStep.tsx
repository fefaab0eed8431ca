import { ChecaTusLineasHint } from "./ChecaTusLineasHint.tsx";
import { ChoiceStep } from "./ChoiceStep.tsx";

export function PlanTypeStep() {
  return <ChoiceStep question="planType" hint={<ChecaTusLineasHint text="planType.hint" />} />;
}
