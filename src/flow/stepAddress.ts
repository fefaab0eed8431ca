import { stepHashPrefix } from "./stepHashPrefix.ts";
import { type StepId, stepIds } from "./steps.ts";

const isStepId = (name: string): name is StepId => (stepIds as readonly string[]).includes(name);

/** The step a fragment names, or null; the welcome page has no fragment of its own. */
export function stepInHash(hash: string): StepId | null {
  const name = hash.startsWith(stepHashPrefix) ? hash.slice(stepHashPrefix.length) : "";
  return name !== "welcome" && isStepId(name) ? name : null;
}
