import { reasons } from "../flow/answers.ts";
import { ChoiceStep } from "./ChoiceStep.tsx";

export function ReasonStep() {
  return <ChoiceStep question="reason" options={reasons} />;
}
