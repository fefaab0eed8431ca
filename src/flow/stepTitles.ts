import type { Answers } from "./answers.ts";
import { holderAdviceFor, reasonAdviceFor } from "./rules.ts";
import type { StepId } from "./steps.ts";

/**
 * The catalog id of the title a step is known by (the welcome page's "you stopped at …"): the advice pages are
 * titled by the advice the answers call for.
 */
export function stepTitleId(step: StepId, answers: Answers): string {
  if (step === "reasonAdvice") return `reasonAdvice.${reasonAdviceFor(answers) ?? "leavingPeru"}.title`;
  if (step === "holderAdvice") return `holderAdvice.${holderAdviceFor(answers) ?? "someoneElse"}.title`;
  return `${step}.title`;
}
