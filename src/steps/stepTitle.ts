import type { Answers } from "../flow/answers.ts";
import type { StepId } from "../flow/steps.ts";
import { stepTitleId } from "../flow/stepTitles.ts";
import type { MessageId, Translate } from "../i18n/useText.ts";

/** A step's title as the user saw it, for "you stopped at …" and an imported session's details. */
export const stepTitle = (step: StepId, answers: Answers, t: Translate) =>
  t(stepTitleId(step, answers) as MessageId);
