import type { StepId } from "./steps.ts";

/** What starts a step's address (`#/carrier`); any other fragment (`#main`, from the skip link) names no step. */
export const stepHashPrefix = "#/";

/** The address fragment that names a step (`#/carrier`) in the history and in links. */
export const stepHash = (step: StepId): string => `${stepHashPrefix}${step}`;
