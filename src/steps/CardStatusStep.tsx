import { cardStatuses } from "../flow/answers.ts";
import { ChoiceStep } from "./ChoiceStep.tsx";

export function CardStatusStep() {
  return <ChoiceStep question="cardStatus" options={cardStatuses} />;
}
