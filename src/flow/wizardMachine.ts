import { assign, enqueueActions, setup } from "xstate";
import type { IsoDate } from "../content/fact.ts";
import { tickIdSchema } from "./answerOptions.ts";
import { type Answers, parseAnswer, type QuestionId } from "./answers.ts";
import {
  checkRecord,
  escalationSchema,
  type FollowUp,
  letterDetailsSchema,
  lineCheckSchema,
  lineStillThere,
  noFollowUp,
  requestRecordSchema,
} from "./followUp.ts";
import { hasUsableAnswer } from "./questionsAsked.ts";
import { checkInDue, escalationProblem, requestProblem } from "./requestDates.ts";
import { type Route, routeApplies, routesFrom } from "./routes.ts";
import { firstQuestion, isQuestion, questionIds, type Step, type StepId, stepTable } from "./steps.ts";

export type WizardContext = {
  answers: Answers;
  /** Items ticked on the document list and the cleanup checklist. */
  ticks: string[];
  /** The pages the user left by moving forward, most recent last: BACK returns to the last one. */
  visited: StepId[];
  /** The message id of the last rejected answer, shown by the step until it is answered. */
  error: string | null;
  /**
   * Set by a summary "change" link, and kept while the user moves among the pages of that change: the flow goes
   * back to the summary as soon as nothing new is needed.
   */
  returningToSummary: boolean;
  /** The page the user chose to see again, by a "change" link or by going back: it is shown, not passed. */
  changing: StepId | null;
  /** The request once made, and how it went: the pages after the request record it. */
  followUp: FollowUp;
};

/** `today` is the day in Lima when the user acts: the rules count from it, and the machine keeps no clock. */
type Today = { today: IsoDate };

export type WizardEvent =
  | { type: "START" }
  | { type: "ANSWER"; value: unknown }
  | {
      type: "NEXT";
      /** Raised by the machine as it passes a page on the way back to the summary: not a page to go back to. */
      passing?: true;
    }
  | { type: "BACK" }
  | { type: "CHANGE"; question: QuestionId }
  | { type: "TOGGLE_TICK"; item: string }
  /** From the plan: "I have made the request", or, once recorded, its due date. */
  | { type: "FOLLOW_UP" }
  | ({ type: "RECORD_REQUEST"; value: unknown } & Today)
  /** Asks whether the line is gone: allowed from the request's due date on. */
  | ({ type: "CHECK_IN" } & Today)
  | ({ type: "RECORD_ESCALATION"; value: unknown } & Today)
  | { type: "OPEN_LETTERS" }
  /** From the due date: correct what was recorded. */
  | { type: "EDIT_REQUEST" }
  | { type: "SAVE_LETTER_DETAILS"; value: unknown };

export type WizardInput = { answers?: Answers; ticks?: string[]; followUp?: FollowUp };

/** NEXT leaves a step for the first route whose condition holds; a question must be answered first. */
const nextFrom = (from: StepId) =>
  routesFrom(from).map(({ when, target }) => ({
    guard: { type: "routeApplies" as const, params: { from, when } },
    target,
    actions: { type: "leaveStep" as const, params: { step: from } },
  }));

const kindOf = (step: StepId) => stepTable.find(({ id }) => id === step)?.kind;

/**
 * While returning to the summary, a page that needs nothing new of the user is passed: a question that still has a
 * usable answer, advice already read (unless it follows the answer just given, which may change what it says), and
 * the pages of the plan, which the summary holds. The page the user chose to see again is never passed.
 */
function needsNothingNew(step: StepId, context: WizardContext, event: WizardEvent): boolean {
  if (!context.returningToSummary || context.changing === step) return false;
  if (isQuestion(step)) return hasUsableAnswer(step, context.answers);
  if (kindOf(step) === "information") return true;
  const lastPage = context.visited.at(-1);
  const followsAnswerJustGiven =
    event.type === "NEXT" && !event.passing && lastPage !== undefined && isQuestion(lastPage);
  return context.visited.includes(step) && !followsAnswerJustGiven;
}

const stateNodeFor = (step: Step) => ({
  entry: { type: "passIfNothingNew" as const, params: { step: step.id } },
  on: {
    NEXT: nextFrom(step.id),
    ...(step.kind === "question" && {
      ANSWER: { actions: { type: "acceptAnswer" as const, params: { question: step.id } } },
    }),
  },
});

/**
 * The welcome page and the summary are built below, by hand: they start and end the plan; so are the pages after
 * the request, which follow what the user records rather than the answers.
 */
const wizardSteps = Object.fromEntries(
  stepTable.flatMap((step) =>
    step.id === "welcome" || step.id === "summary" || step.kind === "afterRequest"
      ? []
      : [[step.id, stateNodeFor(step)]],
  ),
);

/** Moving on from `from` to `target` among the pages after the request, kept for Back. */
const goOn = <Target extends StepId>(from: StepId, target: Target) => ({
  target,
  actions: { type: "leaveStep" as const, params: { step: from } },
});

/** From the due date on, these pages lead to "Is the line gone?". */
const checkInFrom = (from: StepId) => ({
  CHECK_IN: { guard: "checkInDue" as const, ...goOn(from, "checkIn") },
});

const lettersFrom = (from: StepId) => ({ OPEN_LETTERS: goOn(from, "letters") });

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
    hasRequest: ({ context }) => context.followUp.request !== null,
    checkInDue: ({ context, event }) =>
      event.type === "CHECK_IN" && checkInDue(context.followUp.request, event.today),
    lineIsGone: ({ context }) => context.followUp.lineCheck === "gone",
    lineIsStillThere: ({ context }) => lineStillThere(context.followUp),
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
    passIfNothingNew: enqueueActions(({ context, event, enqueue }, { step }: { step: StepId }) => {
      if (needsNothingNew(step, context, event)) enqueue.raise({ type: "NEXT", passing: true });
    }),
    leaveStep: assign(({ context, event }, { step }: { step: StepId }) => ({
      visited: event.type === "NEXT" && event.passing ? context.visited : [...context.visited, step],
      changing: null,
      error: null,
    })),
    goBack: assign(({ context }) => {
      const visited = context.visited.slice(0, -1);
      return {
        visited,
        error: null,
        // Going back among the pages of a change keeps the way back to the summary; going back past it ends it.
        returningToSummary: visited.includes("summary"),
        changing: context.visited.at(-1) ?? null,
      };
    }),
    startOver: assign(() => initialContext({})),
    finishReturning: assign({ returningToSummary: false, changing: null }),
    startChange: assign(({ context, event }) =>
      event.type === "CHANGE"
        ? {
            visited: [...context.visited, "summary" as const],
            returningToSummary: true,
            changing: event.question,
            error: null,
          }
        : {},
    ),
    // Going back out of a change can reach the summary with a question the change left without a usable answer (a
    // phone call chosen before the line turned out to be someone else's): it is asked first, as a change would.
    askWhatIsMissing: enqueueActions(({ context, enqueue }) => {
      const missing = questionIds.find((question) => !hasUsableAnswer(question, context.answers));
      if (missing) enqueue.raise({ type: "CHANGE", question: missing });
    }),
    recordRequest: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "RECORD_REQUEST") return;
      const checked = checkRecord(
        requestRecordSchema,
        event.value,
        (record) => requestProblem(record, event.today),
        "error.requestDate",
      );
      if (!checked.ok) {
        enqueue.assign({ error: checked.error });
        return;
      }
      const request = checked.record;
      // A request moved to other days starts its follow-up afresh: how it went under the old days does not apply.
      const previous = context.followUp.request;
      const sameDays = previous?.date === request.date && previous.chosenDate === request.chosenDate;
      const followUp = sameDays
        ? { ...context.followUp, request }
        : { ...context.followUp, request, lineCheck: null, escalation: noFollowUp.escalation };
      enqueue.assign({ followUp, error: null });
      enqueue.raise({ type: "NEXT" });
    }),
    recordLineCheck: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "ANSWER") return;
      const parsed = lineCheckSchema.safeParse(event.value);
      if (!parsed.success) {
        enqueue.assign({ error: "error.lineCheck" });
        return;
      }
      enqueue.assign({ followUp: { ...context.followUp, lineCheck: parsed.data }, error: null });
      enqueue.raise({ type: "NEXT" });
    }),
    recordEscalation: assign(({ context, event }) => {
      if (event.type !== "RECORD_ESCALATION") return {};
      const checked = checkRecord(
        escalationSchema,
        event.value,
        (escalation) => escalationProblem(escalation, context.followUp.request, event.today),
        "error.reclamoDate",
      );
      if (!checked.ok) return { error: checked.error };
      return { followUp: { ...context.followUp, escalation: checked.record }, error: null };
    }),
    saveLetterDetails: assign(({ context, event }) => {
      if (event.type !== "SAVE_LETTER_DETAILS") return {};
      const parsed = letterDetailsSchema.safeParse(event.value);
      if (!parsed.success) return { error: "error.letterDetails" };
      return { followUp: { ...context.followUp, letterDetails: parsed.data }, error: null };
    }),
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
    // Nothing leads on from a page that ends the flow, so nothing leads back to it either.
    BACK: stepTable
      .filter((step) => !("endsTheFlow" in step))
      .map(({ id: step }) => ({
        guard: { type: "cameFrom" as const, params: { step } },
        target: `.${step}`,
        actions: "goBack" as const,
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
      entry: ["finishReturning", "askWhatIsMissing"],
      on: {
        CHANGE: questionIds.map((step) => ({
          guard: { type: "isChangeOf" as const, params: { question: step } },
          target: step,
          actions: "startChange" as const,
        })),
        FOLLOW_UP: [{ guard: "hasRequest", ...goOn("summary", "dueDate") }, goOn("summary", "requestMade")],
        ...checkInFrom("summary"),
        ...lettersFrom("summary"),
      },
    },
    requestMade: {
      on: {
        RECORD_REQUEST: { actions: "recordRequest" },
        NEXT: { guard: "hasRequest", ...goOn("requestMade", "dueDate") },
      },
    },
    dueDate: {
      on: {
        ...checkInFrom("dueDate"),
        ...lettersFrom("dueDate"),
        EDIT_REQUEST: goOn("dueDate", "requestMade"),
      },
    },
    checkIn: {
      on: {
        ANSWER: { actions: "recordLineCheck" },
        NEXT: [
          { guard: "lineIsGone", ...goOn("checkIn", "lineGone") },
          { guard: "lineIsStillThere", ...goOn("checkIn", "wayUp") },
        ],
      },
    },
    lineGone: {},
    wayUp: {
      on: { RECORD_ESCALATION: { actions: "recordEscalation" }, ...lettersFrom("wayUp") },
    },
    letters: {
      on: { SAVE_LETTER_DETAILS: { actions: "saveLetterDetails" }, ...checkInFrom("letters") },
    },
  },
});

function initialContext(input: WizardInput): WizardContext {
  return {
    answers: input.answers ?? {},
    ticks: input.ticks ?? [],
    visited: [],
    error: null,
    returningToSummary: false,
    changing: null,
    followUp: input.followUp ?? noFollowUp,
  };
}
