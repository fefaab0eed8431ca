import { ChecaTusLineasHint } from "./ChecaTusLineasHint.tsx";
import { ChoiceStep } from "./ChoiceStep.tsx";

export function CarrierStep() {
  return <ChoiceStep question="carrier" hint={<ChecaTusLineasHint text="carrier.hint" />} />;
}
