import type { IsoDate } from "../content/fact.ts";
import { type Answers, answerRefusals, parseAnswer, type QuestionId } from "./answers.ts";
import { isPastFlight } from "./flight.ts";
import { hasUsableAnswer } from "./questionsAsked.ts";
import type { Refusal } from "./refusal.ts";
import { type Route, routeApplies, routesFrom } from "./routes.ts";
import { firstQuestion, isQuestion, questionIds, type Step, type StepId, stepTable } from "./steps.ts";
import type { WizardContext, WizardEvent } from "./wizardContext.ts";

/** The pages of the plan the table's routes lead among; the welcome page and the summary start and end them. */
type RoutedStep = Exclude<
  Extract<Step, { kind: "question" | "advice" | "information" }>["id"],
  "welcome" | "summary"
>;

const kindOf = (step: StepId) => stepTable.find(({ id }) => id === step)?.kind;

/**
 * While returning to the summary, a page that needs nothing new of the user is passed: a question that still has a
 * usable answer, advice already read (unless it follows the answer just given, which may change what it says), and
 * the pages of the plan, which the summary holds. The page the user chose to see again is never passed.
 */
export function needsNothingNew(step: StepId, context: WizardContext, event: WizardEvent): boolean {
  if (!context.returningToSummary || context.changing === step) return false;
  if (isQuestion(step)) return hasUsableAnswer(step, context.answers);
  if (kindOf(step) === "information") return true;
  const lastPage = context.visited.at(-1);
  const followsAnswerJustGiven =
    event.type === "NEXT" && !event.passing && lastPage !== undefined && isQuestion(lastPage);
  return context.visited.includes(step) && !followsAnswerJustGiven;
}

/** Whether NEXT may leave `from` by a route with this condition: a question must be answered first. */
export const routeOpen = (from: StepId, when: Route["when"], answers: Answers) =>
  (!isQuestion(from) || hasUsableAnswer(from, answers)) && routeApplies(when, answers);

/**
 * A question page's check of its answer on its own: the schema, and for a flight, a day not before `earliestFlight`
 * (today, on the page). The pages and a saved or imported session use it.
 */
export function checkAnswer(
  question: QuestionId,
  value: unknown,
  earliestFlight: IsoDate,
): { ok: true; value: string } | { ok: false; refusal: Refusal } {
  const parsed = parseAnswer(question, value);
  if (!parsed.ok) return { ok: false, refusal: { field: question, message: parsed.message } };
  if (question === "flightDate" && isPastFlight(parsed.value, earliestFlight))
    return { ok: false, refusal: { field: question, message: "error.flightDateInPast" } };
  return parsed;
}

/**
 * The answers with this one given; or, at the question, the reason it is refused: its own check's, or that the other
 * answers rule it out (a phone call for someone else's line).
 */
export function answerGiven(
  question: QuestionId,
  value: unknown,
  answers: Answers,
  today: IsoDate,
): { ok: true; answers: Answers } | { ok: false; refusal: Refusal } {
  const checked = checkAnswer(question, value, today);
  if (!checked.ok) return checked;
  const withAnswer = { ...answers, [question]: checked.value };
  if (hasUsableAnswer(question, withAnswer)) return { ok: true, answers: withAnswer };
  // A channel the other answers rule out has a message of its own; any other option the page does not offer is refused
  // as if nothing were chosen.
  const message = question === "channel" ? "error.channelUnavailable" : answerRefusals[question];
  return { ok: false, refusal: { field: question, message } };
}

/** NEXT leaves a step for the first route whose condition holds. */
const routedStateFor = (step: Extract<Step, { id: RoutedStep }>) => ({
  entry: { type: "passIfNothingNew" as const, params: { step: step.id } },
  on: {
    NEXT: routesFrom(step.id).map(({ when, target }) => ({
      guard: { type: "routeOpen" as const, params: { from: step.id, when } },
      target,
      actions: { type: "leaveStep" as const, params: { step: step.id } },
    })),
    ...(step.kind === "question" && {
      ANSWER: { actions: { type: "acceptAnswer" as const, params: { question: step.id } } },
    }),
  },
});

const isRouted = (step: Step): step is Extract<Step, { id: RoutedStep }> =>
  step.kind !== "afterRequest" && step.id !== "welcome" && step.id !== "summary";

/** The states of the pages between the welcome page and the summary, one per step of the table. */
const routedStates = Object.fromEntries(
  stepTable.filter(isRouted).map((step) => [step.id, routedStateFor(step)]),
) as Record<RoutedStep, ReturnType<typeof routedStateFor>>;

/**
 * The welcome page starts the plan afresh, or (reached by going back) goes on with the answers given; the summary
 * ends it, and leads back to any question to change it.
 */
export const planStates = {
  welcome: {
    on: {
      START: {
        target: firstQuestion,
        actions: ["startOver" as const, { type: "leaveStep" as const, params: { step: "welcome" as const } }],
      },
      NEXT: {
        target: firstQuestion,
        actions: { type: "leaveStep" as const, params: { step: "welcome" as const } },
      },
    },
  },
  ...routedStates,
  summary: {
    entry: ["finishReturning" as const, "askWhatIsMissing" as const],
    on: {
      CHANGE: questionIds.map((question) => ({
        guard: { type: "isChangeOf" as const, params: { question } },
        target: question,
        actions: "startChange" as const,
      })),
    },
  },
};

/**
 * Going back out of a change can reach the summary with a question the change left without a usable answer (a
 * phone call chosen before the line turned out to be someone else's): it is asked first, as a change would.
 */
export const missingQuestion = (answers: Answers): QuestionId | undefined =>
  questionIds.find((question) => !hasUsableAnswer(question, answers));
