import type { Answers } from "./answers.ts";
import { holderAdviceShown, reasonAdviceShown } from "./rules.ts";
import type { StepId } from "./steps.ts";

/**
 * The catalog id of the title a step is known by (the welcome page's "you stopped at …"): the advice pages are
 * titled by the advice the answers call for.
 */
export function stepTitleId(step: StepId, answers: Answers): string {
  if (step === "reasonAdvice") return `reasonAdvice.${reasonAdviceShown(answers)}.title`;
  if (step === "holderAdvice") return `holderAdvice.${holderAdviceShown(answers)}.title`;
  return `${step}.title`;
}
