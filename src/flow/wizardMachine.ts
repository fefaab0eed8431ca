import { assign, enqueueActions, setup } from "xstate";
import { type Answers, parseAnswer, type QuestionId } from "./answers.ts";
import {
  availableChannels,
  hasDebt,
  hasReasonAdvice,
  hasUsableAnswer,
  isLostOrStolen,
  needsHolderAdvice,
} from "./rules.ts";
import { isQuestion, questionSteps, type StepId, stepIds } from "./steps.ts";

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

const tickPattern = /^[a-zA-Z]{1,40}$/;

/** The conditions a route out of a step may depend on, named as the brief names them. */
const routeConditions = {
  needsReasonAdvice: hasReasonAdvice,
  isLostOrStolen,
  hasDebt,
  needsHolderAdvice,
  choseStore: (answers: Answers) => answers.channel === "store",
  chosePhone: (answers: Answers) => answers.channel === "phone",
} satisfies Record<string, (answers: Answers) => boolean>;

type Route = { when?: keyof typeof routeConditions; target: StepId };

/** NEXT leaves a step for the first route whose condition holds; a question must be answered first. */
const routes = (from: StepId, targets: readonly Route[]) =>
  targets.map(({ when, target }) => ({
    guard: { type: "routeApplies" as const, params: { from, when } },
    target,
    actions: { type: "leaveStep" as const, params: { step: from } },
  }));

/**
 * While returning to the summary after a change, the steps after the changed question are passed through — unless
 * the change left a question without a usable answer (a channel a representative cannot use): then the user walks on
 * to it, answers prefilled. Only the steps that follow a question need this: the first question is reached only by
 * choice, the advice pages are shown again on purpose, and the pages after the document list are never reached while
 * returning, as the list itself is passed through.
 */
const passedThroughOnReturn = <Node extends object>(step: StepId, node: Node) => ({
  always: { guard: { type: "canSkipToSummary" as const, params: { step } }, target: "summary" as const },
  ...node,
});

const questionStep = (step: QuestionId, targets: readonly Route[]) => ({
  on: {
    ANSWER: { actions: { type: "acceptAnswer" as const, params: { question: step } } },
    NEXT: routes(step, targets),
  },
});

const infoStep = (step: StepId, targets: readonly Route[]) => ({ on: { NEXT: routes(step, targets) } });

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  guards: {
    routeApplies: ({ context }, { from, when }: { from: StepId; when: Route["when"] }) =>
      (!isQuestion(from) || hasUsableAnswer(from, context.answers)) &&
      (when === undefined || routeConditions[when](context.answers)),
    cameFrom: ({ context }, { step }: { step: StepId }) => context.visited.at(-1) === step,
    isChangeOf: ({ event }, { question }: { question: QuestionId }) =>
      event.type === "CHANGE" && event.question === question,
    lacksUsableAnswer: ({ context }, { question }: { question: QuestionId }) =>
      !hasUsableAnswer(question, context.answers),
    canSkipToSummary: ({ context }, { step }: { step: StepId }) =>
      context.returningToSummary &&
      context.changing !== step &&
      questionSteps.every((question) => hasUsableAnswer(question, context.answers)),
  },
  actions: {
    acceptAnswer: enqueueActions(({ context, event, enqueue }, { question }: { question: QuestionId }) => {
      if (event.type !== "ANSWER") return;
      const parsed = parseAnswer(question, event.value);
      const error = !parsed.ok
        ? parsed.error
        : question === "channel" && !availableChannels(context.answers).includes(parsed.value as never)
          ? "error.channelUnavailable"
          : null;
      if (error || !parsed.ok) {
        enqueue.assign({ error });
        return;
      }
      enqueue.assign({
        answers: { ...context.answers, [question]: parsed.value },
        error: null,
      });
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
      if (event.type !== "TOGGLE_TICK" || !tickPattern.test(event.item)) return {};
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
    welcome: {
      on: {
        START: {
          target: "reason",
          actions: ["startOver", { type: "leaveStep", params: { step: "welcome" } }],
        },
      },
    },
    reason: questionStep("reason", [
      { when: "needsReasonAdvice", target: "reasonAdvice" },
      { target: "cardStatus" },
    ]),
    reasonAdvice: infoStep("reasonAdvice", [{ target: "cardStatus" }]),
    cardStatus: passedThroughOnReturn(
      "cardStatus",
      questionStep("cardStatus", [
        { when: "isLostOrStolen", target: "blockFirst" },
        { when: "hasDebt", target: "debtFirst" },
        { target: "planType" },
      ]),
    ),
    blockFirst: infoStep("blockFirst", [{ when: "hasDebt", target: "debtFirst" }, { target: "planType" }]),
    debtFirst: infoStep("debtFirst", [{ target: "planType" }]),
    planType: passedThroughOnReturn("planType", questionStep("planType", [{ target: "carrier" }])),
    carrier: passedThroughOnReturn("carrier", questionStep("carrier", [{ target: "lineNumber" }])),
    lineNumber: passedThroughOnReturn("lineNumber", questionStep("lineNumber", [{ target: "holder" }])),
    holder: passedThroughOnReturn(
      "holder",
      questionStep("holder", [
        { when: "needsHolderAdvice", target: "holderAdvice" },
        { target: "identityDocument" },
      ]),
    ),
    holderAdvice: infoStep("holderAdvice", [{ target: "identityDocument" }]),
    identityDocument: passedThroughOnReturn(
      "identityDocument",
      questionStep("identityDocument", [{ target: "channel" }]),
    ),
    channel: passedThroughOnReturn("channel", questionStep("channel", [{ target: "documents" }])),
    documents: passedThroughOnReturn(
      "documents",
      infoStep("documents", [
        { when: "choseStore", target: "atStore" },
        { when: "chosePhone", target: "onCall" },
        { target: "online" },
      ]),
    ),
    atStore: infoStep("atStore", [{ target: "balance" }]),
    onCall: infoStep("onCall", [{ target: "balance" }]),
    online: infoStep("online", [{ target: "balance" }]),
    balance: infoStep("balance", [{ target: "cleanup" }]),
    cleanup: infoStep("cleanup", [{ target: "summary" }]),
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
        CHANGE: questionSteps.map((step) => ({
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
