import { holders } from "../flow/answers.ts";
import { ChoiceStep } from "./ChoiceStep.tsx";

export function HolderStep() {
  return <ChoiceStep question="holder" options={holders} />;
}
