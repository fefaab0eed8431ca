import type { Answers } from "./answers.ts";
import { asksInPerson, holderAdviceShown, isPostpaid, isPrepaid, reasonAdviceShown } from "./rules.ts";
import type { StepId } from "./steps.ts";

/**
 * The catalog id of the title a step is known by (the welcome page's "you stopped at …"): the advice pages are
 * titled by the advice the answers call for.
 */
export function stepTitleId(step: StepId, answers: Answers): string {
  if (step === "reasonAdvice") return `reasonAdvice.${reasonAdviceShown(answers)}.title`;
  if (step === "holderAdvice") return `holderAdvice.${holderAdviceShown(answers)}.title`;
  if (step === "balance") return `balance.title.${balanceTitleFor(answers)}`;
  // By phone, in the app or by OSIPTEL's form nothing is brought anywhere: it is kept at hand.
  if (step === "documents" && !asksInPerson(answers)) return "documents.haveReadyTitle";
  return `${step}.title`;
}

/** A prepaid line has a balance and no bill; a postpaid line the reverse; an unknown plan type may have either. */
function balanceTitleFor(answers: Answers): "prepaid" | "postpaid" | "both" {
  if (isPostpaid(answers)) return "postpaid";
  return isPrepaid(answers) ? "prepaid" : "both";
}
