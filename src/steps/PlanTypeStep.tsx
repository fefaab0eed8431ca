import { planTypes } from "../flow/answers.ts";
import { ChecaTusLineasHint } from "./ChecaTusLineasHint.tsx";
import { ChoiceStep } from "./ChoiceStep.tsx";

export function PlanTypeStep() {
  return (
    <ChoiceStep question="planType" options={planTypes} hint={<ChecaTusLineasHint text="planType.hint" />} />
  );
}
