import { assign, enqueueActions, setup } from "xstate";
import { tickIdSchema } from "./answerOptions.ts";
import { type Answers, parseAnswer, type QuestionId } from "./answers.ts";
import { type Route, routeApplies, routesFrom } from "./routes.ts";
import { hasUsableAnswer } from "./rules.ts";
import {
  firstQuestion,
  isQuestion,
  questionIds,
  type Step,
  type StepId,
  stepIds,
  stepTable,
} from "./steps.ts";

export type WizardContext = {
  answers: Answers;
  /** Items ticked on the document list and the cleanup checklist. */
  ticks: string[];
  /** The steps the user left by moving forward, most recent last: BACK returns to the last one. */
  visited: StepId[];
  /** The message id of the last rejected answer, shown by the step until it is answered. */
  error: string | null;
  /** Set by a summary "change" link: the flow goes back to the summary as soon as nothing new is needed. */
  returningToSummary: boolean;
  changing: QuestionId | null;
};

export type WizardEvent =
  | { type: "START" }
  | { type: "ANSWER"; value: unknown }
  | { type: "NEXT" }
  | { type: "BACK" }
  | { type: "CHANGE"; question: QuestionId }
  | { type: "TOGGLE_TICK"; item: string };

export type WizardInput = { answers?: Answers; ticks?: string[] };

/** NEXT leaves a step for the first route whose condition holds; a question must be answered first. */
const nextFrom = (from: StepId) =>
  routesFrom(from).map(({ when, target }) => ({
    guard: { type: "routeApplies" as const, params: { from, when } },
    target,
    actions: { type: "leaveStep" as const, params: { step: from } },
  }));

const lastQuestionIndex = stepTable.findLastIndex((step) => step.kind === "question");

/**
 * While returning to the summary after a change, the questions after the changed one are passed through — unless
 * the change left a question without a usable answer (a channel a representative cannot use): then the user walks on
 * to it, answers prefilled. Only the steps that follow a question need this: the first question is reached only by
 * choice, the advice pages are shown again on purpose, and the pages after the one that follows the last question
 * are never reached while returning, as that page itself is passed through.
 */
const isPassedThroughOnReturn = (step: Step, index: number) =>
  (step.kind === "question" && step.id !== firstQuestion) || index === lastQuestionIndex + 1;

function stateNodeFor(step: Step, index: number) {
  return {
    ...(isPassedThroughOnReturn(step, index) && {
      always: {
        guard: { type: "canSkipToSummary" as const, params: { step: step.id } },
        target: "summary",
      },
    }),
    on: {
      NEXT: nextFrom(step.id),
      ...(step.kind === "question" && {
        ANSWER: { actions: { type: "acceptAnswer" as const, params: { question: step.id } } },
      }),
    },
  };
}

/** The welcome page and the summary are built below, by hand: they start and end the flow. */
const wizardSteps = Object.fromEntries(
  stepTable.flatMap((step, index) =>
    step.id === "welcome" || step.id === "summary" ? [] : [[step.id, stateNodeFor(step, index)]],
  ),
);

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  guards: {
    routeApplies: ({ context }, { from, when }: { from: StepId; when: Route["when"] }) =>
      (!isQuestion(from) || hasUsableAnswer(from, context.answers)) && routeApplies(when, context.answers),
    cameFrom: ({ context }, { step }: { step: StepId }) => context.visited.at(-1) === step,
    isChangeOf: ({ event }, { question }: { question: QuestionId }) =>
      event.type === "CHANGE" && event.question === question,
    lacksUsableAnswer: ({ context }, { question }: { question: QuestionId }) =>
      !hasUsableAnswer(question, context.answers),
    canSkipToSummary: ({ context }, { step }: { step: StepId }) =>
      context.returningToSummary &&
      context.changing !== step &&
      questionIds.every((question) => hasUsableAnswer(question, context.answers)),
  },
  actions: {
    acceptAnswer: enqueueActions(({ context, event, enqueue }, { question }: { question: QuestionId }) => {
      if (event.type !== "ANSWER") return;
      const parsed = parseAnswer(question, event.value);
      const answers = parsed.ok ? { ...context.answers, [question]: parsed.value } : context.answers;
      // An answer the other answers rule out (a phone call for someone else's line) is refused with its reason.
      const error = !parsed.ok
        ? parsed.error
        : hasUsableAnswer(question, answers)
          ? null
          : `error.${question}Unavailable`;
      if (error) {
        enqueue.assign({ error });
        return;
      }
      enqueue.assign({ answers, error: null });
      enqueue.raise({ type: "NEXT" });
    }),
    leaveStep: assign(({ context }, { step }: { step: StepId }) => ({
      visited: [...context.visited, step],
      changing: null,
    })),
    forgetLastStep: assign(({ context }) => ({
      visited: context.visited.slice(0, -1),
      error: null,
      returningToSummary: false,
      changing: null,
    })),
    startOver: assign(() => initialContext({})),
    finishReturning: assign({ returningToSummary: false, changing: null }),
    startChange: assign(({ context, event }) =>
      event.type === "CHANGE" ? changeFromSummary(context, event.question) : {},
    ),
    askAgain: assign(({ context }, { question }: { question: QuestionId }) =>
      changeFromSummary(context, question),
    ),
    toggleTick: assign(({ context, event }) => {
      if (event.type !== "TOGGLE_TICK" || !tickIdSchema.safeParse(event.item).success) return {};
      const ticks = context.ticks.includes(event.item)
        ? context.ticks.filter((item) => item !== event.item)
        : [...context.ticks, event.item];
      return { ticks };
    }),
  },
}).createMachine({
  id: "wizard",
  version: "1",
  context: ({ input }) => initialContext(input),
  initial: "welcome",
  on: {
    BACK: stepIds.map((step) => ({
      guard: { type: "cameFrom" as const, params: { step } },
      target: `.${step}`,
      actions: "forgetLastStep" as const,
    })),
    TOGGLE_TICK: { actions: "toggleTick" },
  },
  states: {
    ...wizardSteps,
    welcome: {
      on: {
        START: {
          target: firstQuestion,
          actions: ["startOver", { type: "leaveStep", params: { step: "welcome" } }],
        },
      },
    },
    summary: {
      entry: "finishReturning",
      // Going back out of a change can reach the summary with a channel the change made unusable (a phone call
      // chosen before the line turned out to be someone else's): the channel is asked again first.
      always: {
        guard: { type: "lacksUsableAnswer" as const, params: { question: "channel" as const } },
        target: "channel",
        actions: { type: "askAgain" as const, params: { question: "channel" as const } },
      },
      on: {
        CHANGE: questionIds.map((step) => ({
          guard: { type: "isChangeOf" as const, params: { question: step } },
          target: step,
          actions: "startChange" as const,
        })),
      },
    },
  },
});

function changeFromSummary(context: WizardContext, question: QuestionId): Partial<WizardContext> {
  return {
    visited: [...context.visited, "summary"],
    returningToSummary: true,
    changing: question,
    error: null,
  };
}

function initialContext(input: WizardInput): WizardContext {
  return {
    answers: input.answers ?? {},
    ticks: input.ticks ?? [],
    visited: [],
    error: null,
    returningToSummary: false,
    changing: null,
  };
}
