import { type StepId, stepIds } from "./steps.ts";

const stepPrefix = "#/";

/** The address fragment that names a step (`#/carrier`) in the history and in links. */
export const stepHash = (step: StepId): string => `${stepPrefix}${step}`;

/** The step a fragment names, or null; the welcome page has no fragment of its own. */
export function stepInHash(hash: string): StepId | null {
  const name = hash.startsWith(stepPrefix) ? hash.slice(stepPrefix.length) : "";
  return name !== "welcome" && (stepIds as readonly string[]).includes(name) ? (name as StepId) : null;
}
