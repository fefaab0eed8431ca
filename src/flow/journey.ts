import { createActor } from "xstate";
import { type Answers, answerSchemas, type QuestionId } from "./answers.ts";
import { hasUsableAnswer } from "./rules.ts";
import { isQuestion, type StepId } from "./steps.ts";
import { wizardMachine } from "./wizardMachine.ts";

/** An answer for a question not reached yet, used only to count the steps still ahead. */
const placeholderAnswer = (question: QuestionId): string => {
  const schema = answerSchemas[question];
  return "options" in schema ? String(schema.options[0]) : "";
};

/**
 * The steps from the first question to the summary for these answers, found by running the machine itself,
 * so the count follows exactly the branches the machine takes. One actor runs the whole journey: xstate's pure
 * `transition()` builds a new actor on every call, which made this the costliest part of a step change.
 */
export function journeyFor(answers: Answers): StepId[] {
  const actor = createActor(wizardMachine, { input: {} }).start();
  try {
    actor.send({ type: "START" });
    const steps: StepId[] = [];
    while (steps.length <= 40) {
      const step = actor.getSnapshot().value as StepId;
      steps.push(step);
      if (step === "summary") return steps;
      actor.send(nextEvent(step, answers));
    }
    throw new Error(`The journey did not reach the summary: ${steps.join(" → ")}`);
  } finally {
    actor.stop();
  }
}

function nextEvent(step: StepId, answers: Answers) {
  return isQuestion(step)
    ? {
        type: "ANSWER" as const,
        value: hasUsableAnswer(step, answers) ? answers[step] : placeholderAnswer(step),
      }
    : { type: "NEXT" as const };
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
