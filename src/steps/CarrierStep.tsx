import { carriers } from "../flow/answers.ts";
import { ChecaTusLineasHint } from "./ChecaTusLineasHint.tsx";
import { ChoiceStep } from "./ChoiceStep.tsx";

export function CarrierStep() {
  return (
    <ChoiceStep question="carrier" options={carriers} hint={<ChecaTusLineasHint text="carrier.hint" />} />
  );
}
