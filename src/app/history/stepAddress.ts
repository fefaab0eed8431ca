import { stepHash, stepHashPrefix } from "../../flow/stepHashPrefix.ts";
import type { StepId } from "../../flow/steps.ts";

/** The address of a step, as the history and the links name it; the welcome page's is the app's own address. */
export const addressOf = (step: StepId): string =>
  step === "welcome" ? window.location.pathname + window.location.search : stepHash(step);

/** A step address with no saved session to reopen is dropped from the address bar. */
export function dropStepFromAddress(): void {
  if (window.location.hash.startsWith(stepHashPrefix))
    window.history.replaceState(null, "", addressOf("welcome"));
}
