import type { StepId } from "../flow/steps.ts";
import type { MessageId, Translate } from "../i18n/useText.ts";

const titleIds: Partial<Record<StepId, MessageId>> = {
  reasonAdvice: "reasonAdvice.switchingCarrier.title",
  holderAdvice: "holderAdvice.someoneElse.title",
};

/** A short name for a step, for the welcome page's "you stopped at …". */
export const stepTitle = (step: StepId, t: Translate) => t(titleIds[step] ?? (`${step}.title` as MessageId));
