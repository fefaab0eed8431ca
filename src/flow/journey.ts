import { initialTransition, type SnapshotFrom, transition } from "xstate";
import { type Answers, answerSchemas, type QuestionId } from "./answers.ts";
import { isQuestion, type StepId } from "./steps.ts";
import { wizardMachine } from "./wizardMachine.ts";

type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** An answer for a question not reached yet, used only to count the steps still ahead. */
const placeholderAnswer = (question: QuestionId): string => {
  const schema = answerSchemas[question];
  return "options" in schema ? String(schema.options[0]) : "";
};

/**
 * The steps from the first question to the summary for these answers, found by running the machine itself,
 * so the count follows exactly the branches the machine takes.
 */
export function journeyFor(answers: Answers): StepId[] {
  let [snapshot] = initialTransition(wizardMachine, {});
  [snapshot] = transition(wizardMachine, snapshot, { type: "START" });
  const steps: StepId[] = [];
  while (steps.length <= 40) {
    const step = snapshot.value as StepId;
    steps.push(step);
    if (step === "summary") return steps;
    snapshot = advance(snapshot, step, answers);
  }
  throw new Error(`The journey did not reach the summary: ${steps.join(" → ")}`);
}

function advance(snapshot: WizardSnapshot, step: StepId, answers: Answers): WizardSnapshot {
  const event = isQuestion(step)
    ? { type: "ANSWER" as const, value: answers[step] ?? placeholderAnswer(step) }
    : { type: "NEXT" as const };
  return transition(wizardMachine, snapshot, event)[0];
}

export type Progress = { current: number; total: number };

export function progressOf(step: StepId, answers: Answers): Progress | null {
  const journey = journeyFor(answers);
  const index = journey.indexOf(step);
  if (index < 0 || step === "summary") return null;
  return { current: index + 1, total: journey.length };
}
