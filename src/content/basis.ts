import type { Citation } from "./fact.ts";

/**
 * Why the app may say something: facts with their sources; our own advice, which the page marks as such; a gap,
 * whose sentence says itself what our sources do not (not our advice, so not marked as it); or words about the app
 * itself (how to use it), which claim nothing about the world.
 */
export type Basis =
  | { kind: "facts"; facts: readonly [Citation, ...Citation[]] }
  | { kind: "advice" }
  | { kind: "notInSources" }
  | { kind: "app" };

export const basedOn = (...facts: [Citation, ...Citation[]]): Basis => ({ kind: "facts", facts });

export const ourAdvice: Basis = { kind: "advice" };

export const notInOurSources: Basis = { kind: "notInSources" };

export const aboutThisApp: Basis = { kind: "app" };
