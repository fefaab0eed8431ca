import { type Answers, isChoiceQuestion } from "./answers.ts";
import { hasUsableAnswer, offeredOptions } from "./questionsAsked.ts";
import { nextStep, routesFrom } from "./routes.ts";
import { firstQuestion, isQuestion, type StepId, stepTable } from "./steps.ts";

/**
 * The fewest steps from each step to the summary, itself and the summary included, whichever routes the answers
 * open; none reach it from a page that ends the flow. Routes only lead to later steps, so the table is read backwards.
 */
const fewestStepsToSummary = new Map<StepId, number>();
for (const { id } of stepTable.toReversed()) {
  const fewestAfter = Math.min(
    ...routesFrom(id).map(({ target }) => fewestStepsToSummary.get(target) ?? Infinity),
  );
  fewestStepsToSummary.set(id, id === "summary" ? 1 : 1 + fewestAfter);
}

/** The answers a journey may give a question: the user's own if it is usable, else each one the question offers. */
function answersToTry(step: StepId, answers: Answers, given: Answers): readonly (string | undefined)[] {
  if (!isQuestion(step)) return [undefined];
  const own = answers[step];
  if (hasUsableAnswer(step, { ...given, [step]: own })) return [own];
  return isChoiceQuestion(step) ? offeredOptions(step, given) : [""];
}

/**
 * The steps from the first question to the summary for these answers, by the routes the machine takes (both come
 * from the step table): each question answered as the user did or, where they have not yet, in the way that adds the
 * fewest pages. If the answers end the flow before the summary, the journey ends there. A saved session from before
 * the app kept its history gets its pages for Back from here.
 */
export function journeyFor(answers: Answers): StepId[] {
  let toSummary: StepId[] | null = null;
  let toAnEnd: StepId[] | null = null;
  const walk = (step: StepId, given: Answers, before: StepId[]) => {
    const steps = [...before, step];
    const fewest = steps.length - 1 + (fewestStepsToSummary.get(step) ?? Infinity);
    // Only a way strictly shorter than the one found is worth walking on.
    if (toSummary && fewest >= toSummary.length) return;
    if (step === "summary") toSummary = steps;
    for (const answer of step === "summary" ? [] : answersToTry(step, answers, given)) {
      const answered = answer === undefined ? given : { ...given, [step]: answer };
      const next = nextStep(step, answered);
      if (next) walk(next, answered, steps);
      else toAnEnd ??= steps;
    }
  };
  walk(firstQuestion, {}, []);
  const journey = toSummary ?? toAnEnd;
  if (!journey) throw new Error("No journey from the first question reaches an end");
  return journey;
}
