import { endsTheFlow, type StepId, stepIndex } from "./steps.ts";

/**
 * The four parts of the way to the plan, each starting at a step every way passes: "Part 2 of 4" never moves as the
 * person answers, where a count of pages grew with each answer that added one (GOV.UK: show a total only if reliable).
 */
const parts = [
  { id: "situation", from: "reason" },
  { id: "line", from: "cardStatus" },
  { id: "request", from: "channel" },
  { id: "afterwards", from: "balance" },
] as const satisfies readonly { id: string; from: StepId }[];

export type PartId = (typeof parts)[number]["id"];

export type PartOfTheWay = { number: number; total: number; part: PartId };

/** The part a page belongs to; none on the welcome page, a page that ends the flow, the summary or after it. */
export function partOf(step: StepId): PartOfTheWay | null {
  const position = stepIndex(step);
  if (endsTheFlow(step) || position < stepIndex(parts[0].from) || position >= stepIndex("summary"))
    return null;
  const part = parts.findLast(({ from }) => stepIndex(from) <= position) ?? parts[0];
  return { number: parts.indexOf(part) + 1, total: parts.length, part: part.id };
}
