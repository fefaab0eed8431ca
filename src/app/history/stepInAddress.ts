import { stepInHash } from "../../flow/stepAddress.ts";
import type { StepId } from "../../flow/steps.ts";

/** The step the current address names (`#/carrier`), or null. */
export const stepInAddress = (): StepId | null => stepInHash(window.location.hash);
