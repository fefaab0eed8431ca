import { type Answers, optionsOf, type QuestionId } from "./answers.ts";
import { nextStep } from "./routes.ts";
import { hasUsableAnswer } from "./rules.ts";
import { firstQuestion, isQuestion, type StepId, stepIds } from "./steps.ts";

/** An answer for a question not reached yet, used only to count the steps still ahead. */
const placeholderAnswer = (question: QuestionId): string => optionsOf(question)?.[0] ?? "";

/**
 * The steps from the first question to the summary for these answers, by the same routes the machine takes (both
 * come from the step table), each question answered as given or, if not yet, by its first option.
 */
export function journeyFor(answers: Answers): StepId[] {
  const steps: StepId[] = [];
  let answered: Answers = {};
  let step: StepId | null = firstQuestion;
  while (step !== null && steps.length < stepIds.length) {
    steps.push(step);
    if (isQuestion(step)) {
      const answer = hasUsableAnswer(step, answers) ? answers[step] : placeholderAnswer(step);
      answered = { ...answered, [step]: answer };
    }
    step = nextStep(step, answered);
  }
  if (steps.at(-1) !== "summary")
    throw new Error(`The journey did not reach the summary: ${steps.join(" → ")}`);
  return steps;
}

export type Progress = { current: number; total: number };

/** Journeys by the answers object they were run for: a page that only informs leaves the answers as they were. */
const journeys = new WeakMap<Answers, StepId[]>();

export function progressOf(step: StepId, answers: Answers): Progress | null {
  const journey = journeys.get(answers) ?? journeyFor(answers);
  journeys.set(answers, journey);
  const index = journey.indexOf(step);
  if (index < 0 || step === "summary") return null;
  return { current: index + 1, total: journey.length };
}
