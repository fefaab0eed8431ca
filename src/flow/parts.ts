import { type StepId, stepIds, stepTable } from "./steps.ts";

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

const endsTheFlow = (step: StepId) => stepTable.some((row) => row.id === step && "endsTheFlow" in row);
const positionOf = (step: StepId) => stepIds.indexOf(step);

/** The part a page belongs to; none on the welcome page, a page that ends the flow, the summary or after it. */
export function partOf(step: StepId): PartOfTheWay | null {
  const position = positionOf(step);
  if (endsTheFlow(step) || position < positionOf(parts[0].from) || position >= positionOf("summary"))
    return null;
  const part = parts.findLast(({ from }) => positionOf(from) <= position) ?? parts[0];
  return { number: parts.indexOf(part) + 1, total: parts.length, part: part.id };
}
