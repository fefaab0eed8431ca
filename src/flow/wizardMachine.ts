import { assign, enqueueActions, type SnapshotFrom, setup, transition } from "xstate";
import type { IsoDate } from "../content/fact.ts";
import { tickIdSchema } from "./answerOptions.ts";
import type { QuestionId } from "./answers.ts";
import { lineStillThere } from "./followUp.ts";
import {
  escalationRecorded,
  followUpFromSummary,
  followUpStates,
  letterDetailsRecorded,
  lineCheckRecorded,
  type Recorded,
  requestRecorded,
} from "./followUpStates.ts";
import { answerGiven, missingQuestion, needsNothingNew, planStates, routeOpen } from "./planStates.ts";
import { checkInDue } from "./requestDates.ts";
import type { Route } from "./routes.ts";
import { type StepId, stepTable } from "./steps.ts";
import { initialContext, type WizardContext, type WizardEvent, type WizardInput } from "./wizardContext.ts";

export { holdsAnything, type WizardContext, type WizardEvent, type WizardInput } from "./wizardContext.ts";

/** What a record the user typed does to the context: the follow-up it updates, or the reason it is refused. */
const afterRecording = (recorded: Recorded) =>
  recorded.ok ? { followUp: recorded.followUp, error: null } : { error: recorded.refusal };

/** The plan's pages and the pages after the request, joined at the summary, in one machine. */
export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  guards: {
    routeOpen: ({ context }, { from, when }: { from: StepId; when: Route["when"] }) =>
      routeOpen(from, when, context.answers),
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
      const given = answerGiven(question, event.value, context.answers, event.today);
      if (!given.ok) {
        enqueue.assign({ error: given.refusal });
        return;
      }
      enqueue.assign({ answers: given.answers, error: null });
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
    askWhatIsMissing: enqueueActions(({ context, enqueue }) => {
      const missing = missingQuestion(context.answers);
      if (missing) enqueue.raise({ type: "CHANGE", question: missing });
    }),
    recordRequest: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "RECORD_REQUEST") return;
      const recorded = requestRecorded(context.followUp, event.value, event.today);
      enqueue.assign(afterRecording(recorded));
      if (recorded.ok) enqueue.raise({ type: "NEXT" });
    }),
    recordLineCheck: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== "ANSWER") return;
      const recorded = lineCheckRecorded(context.followUp, event.value);
      enqueue.assign(afterRecording(recorded));
      if (recorded.ok) enqueue.raise({ type: "NEXT" });
    }),
    recordEscalation: assign(({ context, event }) =>
      event.type === "RECORD_ESCALATION"
        ? afterRecording(escalationRecorded(context.followUp, event.value, event.today))
        : {},
    ),
    saveLetterDetails: assign(({ context, event }) =>
      event.type === "SAVE_LETTER_DETAILS"
        ? afterRecording(letterDetailsRecorded(context.followUp, event.value))
        : {},
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
    ...planStates,
    summary: { ...planStates.summary, on: { ...planStates.summary.on, ...followUpFromSummary } },
    ...followUpStates,
  },
});

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** The step a snapshot of the wizard stands at: its states are the steps of the table, one each. */
export const stepOf = (snapshot: WizardSnapshot): StepId => snapshot.value;

/**
 * The event that takes the wizard on from where it stands to `step` in one move, if one does. The browser's Forward
 * replays it: a page opened by a button of its own (the letters, "Is the line gone?") is not where Continue leads.
 */
export function eventOnTo(snapshot: WizardSnapshot, step: StepId, today: IsoDate): WizardEvent | null {
  const movesOn: WizardEvent[] = [
    { type: "NEXT" },
    { type: "FOLLOW_UP" },
    { type: "CHECK_IN", today },
    { type: "OPEN_LETTERS" },
    { type: "EDIT_REQUEST" },
  ];
  return movesOn.find((event) => stepOf(transition(wizardMachine, snapshot, event)[0]) === step) ?? null;
}
