import type { Answers } from "./answers.ts";
import { type ShownWhen, type Step, type StepId, stepTable } from "./steps.ts";

export type Route = { when: ShownWhen | undefined; target: StepId };

/**
 * The ways out of a step, from the step table: each later step the flow may stop at, in order, up to the first one
 * shown whatever the answers. The other pages of the step's own group are passed, and so is a step reached only from
 * another page, or never from this one.
 */
function routesFromIndex(index: number): Route[] {
  const from: Step | undefined = stepTable[index];
  if (from && "endsTheFlow" in from) return [];
  const routes: Route[] = [];
  for (const step of stepTable.slice(index + 1)) {
    // The plan ends at the summary: the pages after the request are reached by what the user records there.
    if (step.kind === "afterRequest") break;
    if (from && "group" in from && "group" in step && step.group === from.group) continue;
    if ("onlyRightAfter" in step && step.onlyRightAfter !== from?.id) continue;
    if ("neverRightAfter" in step && from && (step.neverRightAfter as readonly string[]).includes(from.id))
      continue;
    const when = "shownWhen" in step ? step.shownWhen : undefined;
    routes.push({ when, target: step.id });
    if (when === undefined) break;
  }
  return routes;
}

/** The table does not change: each step's routes are worked out once. */
const routesByStep = new Map<StepId, Route[]>(
  stepTable.map((step, index) => [step.id, routesFromIndex(index)]),
);

export const routesFrom = (stepId: StepId): Route[] => routesByStep.get(stepId) ?? [];

export const routeApplies = (when: Route["when"], answers: Answers) => when === undefined || when(answers);

/** The step NEXT leads to from `step` with these answers; null from the last step. */
export const nextStep = (step: StepId, answers: Answers): StepId | null =>
  routesFrom(step).find(({ when }) => routeApplies(when, answers))?.target ?? null;
