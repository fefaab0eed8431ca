import { describe, expect, it } from "vitest";
import { type Actor, type AnyStateNode, createActor, type SnapshotFrom } from "xstate";
import { type AdjacencyValue, createTestModel, getStateNodes } from "xstate/graph";
import * as z from "zod/mini";
import { type Answers, answerSchemas, type QuestionId, sameAnswers } from "../../src/flow/answers.ts";
import { lineChecks, noFollowUp } from "../../src/flow/followUp.ts";
import { hasUsableAnswer, offeredOptions } from "../../src/flow/questionsAsked.ts";
import { routesFrom } from "../../src/flow/routes.ts";
import {
  type AfterRequestStep,
  isAfterRequest,
  isQuestion,
  questionIds,
  type ShownWhen,
  type StepId,
  stepTable,
} from "../../src/flow/steps.ts";
import { stepOf, type WizardEvent, wizardMachine } from "../../src/flow/wizardMachine.ts";

type Snapshot = SnapshotFrom<typeof wizardMachine>;
type Transition = AnyStateNode["always"] extends (infer T)[] | undefined ? T : never;

/** Free-text answers to try where a question is not a choice; the schema decides which of them it accepts. */
const typedSamples = ["", "987 654 321", "+51 912-345-678", "12345"];

/** Every answer a question accepts (all its options), read from its schema, so a new question needs no edit here. */
function validAnswers(question: QuestionId): string[] {
  const schema = answerSchemas[question];
  const { enum: options } = z.toJSONSchema(schema, { io: "input" }) as { enum?: string[] };
  return (options ?? typedSamples).filter((answer) => schema.safeParse(answer).success);
}

/**
 * A request on Wednesday 22 July 2026 is due on Friday 24 July (23 July is a holiday): checking in is refused on the
 * 23rd and allowed on the 30th.
 */
const request = { date: "2026-07-22", channel: "store", code: "CL-42", chosenDate: "" };
const [beforeDueDate, afterDueDate] = ["2026-07-23", "2026-07-30"];

const rejectedAnswer = { type: "ANSWER", value: "not one of the options", today: afterDueDate } as const;
const checkIns: WizardEvent[] = [
  { type: "CHECK_IN", today: beforeDueDate },
  { type: "CHECK_IN", today: afterDueDate },
];

/** What the user can do on each page after the request: each record refused once and accepted once. */
const afterRequestEvents: Record<AfterRequestStep, WizardEvent[]> = {
  requestMade: [
    { type: "RECORD_REQUEST", value: request, today: afterDueDate },
    { type: "RECORD_REQUEST", value: { ...request, date: "2026-08-01" }, today: afterDueDate },
  ],
  dueDate: [...checkIns, { type: "OPEN_LETTERS" }, { type: "EDIT_REQUEST" }],
  checkIn: [
    ...lineChecks.map((value) => ({ type: "ANSWER" as const, value, today: afterDueDate })),
    { type: "ANSWER", value: "maybe", today: afterDueDate },
  ],
  lineGone: [],
  wayUp: [
    {
      type: "RECORD_ESCALATION",
      value: { reclamoDate: "2026-07-27", reclamoCode: "R-7", answerDate: "" },
      today: afterDueDate,
    },
    {
      type: "RECORD_ESCALATION",
      value: { reclamoDate: "2026-07-20", reclamoCode: "", answerDate: "" },
      today: afterDueDate,
    },
    { type: "OPEN_LETTERS" },
  ],
  letters: [
    ...checkIns,
    { type: "SAVE_LETTER_DETAILS", value: { ...noFollowUp.letterDetails, holderName: "Ana Quispe" } },
    { type: "SAVE_LETTER_DETAILS", value: { holderName: 42 } },
  ],
};

function eventsAt(snapshot: Snapshot): WizardEvent[] {
  const step = stepOf(snapshot);
  const moves: WizardEvent[] = [{ type: "BACK" }, { type: "NEXT" }];
  if (step === "welcome") return [{ type: "START" }, { type: "NEXT" }];
  if (isAfterRequest(step)) return [...moves, ...afterRequestEvents[step]];
  if (step === "summary")
    return [
      ...moves,
      ...questionIds.map((question) => ({ type: "CHANGE" as const, question })),
      { type: "FOLLOW_UP" },
      { type: "OPEN_LETTERS" },
      ...checkIns,
    ];
  if (step === "documents") moves.push({ type: "TOGGLE_TICK", item: "passport" });
  if (!isQuestion(step)) return moves;
  return [
    ...moves,
    rejectedAnswer,
    ...validAnswers(step).map((value) => ({ type: "ANSWER" as const, value, today: afterDueDate })),
  ];
}

/** The rules that decide a NEXT from this step or any later one: earlier ones no longer change where NEXT leads. */
const rulesAhead = new Map<StepId, ShownWhen[]>(
  stepTable.map((step, index) => [
    step.id,
    [
      ...new Set(
        stepTable
          .slice(index)
          .flatMap(({ id }) => routesFrom(id).flatMap(({ when }) => (when === undefined ? [] : [when]))),
      ),
    ],
  ]),
);

/**
 * Two snapshots count as the same place when every guard still ahead decides the same way in them: the step, where
 * BACK leads, whether (and for which question) a change is being returned from, each rule that decides a NEXT from
 * here on, whether this step's answer is usable and which answers it takes (the holder of an heir's line can only be
 * the deceased), and the first question the summary would ask again. That keeps the graph small while every guarded
 * transition stays reachable.
 */
function placeOf(snapshot: Snapshot): string {
  const { answers, visited, returningToSummary, changing, followUp } = snapshot.context;
  const step = stepOf(snapshot);
  // Only the summary and the pages after it decide anything by the request and how it went.
  const followedUp =
    step === "summary" || isAfterRequest(step) ? [followUp.request !== null, followUp.lineCheck] : [];
  const branchesAhead = (rulesAhead.get(step) ?? []).map((rule) => rule(answers));
  return JSON.stringify([
    step,
    visited.at(-1),
    returningToSummary,
    changing,
    branchesAhead,
    isQuestion(step) && hasUsableAnswer(step, answers),
    isQuestion(step) && offeredOptions(step, answers),
    questionIds.find((question) => !hasUsableAnswer(question, answers)),
    ...followedUp,
  ]);
}

const model = createTestModel(wizardMachine, { events: eventsAt, serializeState: placeOf, input: {} });

const withoutInternalEvents = (events: readonly WizardEvent[]) =>
  events.filter((event) => !event.type.startsWith("xstate."));

/** The shortest path to each place, by its place. */
const shortestTo = new Map<string, WizardEvent[]>(
  model
    // Each place's own path, not only the longest ones that contain the others.
    .getShortestPaths({ allowDuplicatePaths: true })
    .map((path): [string, WizardEvent[]] => [
      placeOf(path.state),
      withoutInternalEvents(path.steps.map((step) => step.event as WizardEvent)),
    ]),
);

/** Every place with the shortest path to it and each event it accepts. */
function everyPlace(): { pathToPlace: WizardEvent[]; waysOut: WizardEvent[] }[] {
  // The map's keys are branded strings, which Object.values does not see through.
  const places = Object.values(model.getAdjacencyMap()) as AdjacencyValue<Snapshot, WizardEvent>[];
  return places.map(({ state, transitions }) => {
    const pathToPlace = shortestTo.get(placeOf(state));
    if (!pathToPlace) throw new Error(`No path reaches ${placeOf(state)}`);
    const waysOut = (Object.values(transitions) as { event: WizardEvent }[]).map(({ event }) => event);
    return { pathToPlace, waysOut };
  });
}

const places = everyPlace();

/** Every transition the machine defines, named by where it starts, its event and its place among its siblings. */
function transitionKey(transition: Transition): string {
  const siblings =
    transition.eventType === ""
      ? (transition.source.always ?? [])
      : (transition.source.transitions.get(transition.eventType) ?? []);
  return `${transition.source.id} ${transition.eventType || "always"} #${siblings.indexOf(transition)}`;
}

const stateNodes = getStateNodes(wizardMachine.root).filter((node) => node !== wizardMachine.root);
const allTransitions = new Set(
  [wizardMachine.root, ...stateNodes].flatMap((node) =>
    [...(node.always ?? []), ...[...node.transitions.values()].flat()].map(transitionKey),
  ),
);

const endingPages: StepId[] = stepTable.flatMap((step) => ("endsTheFlow" in step ? [step.id] : []));

/**
 * The event a user would send next to get to the summary: START, the first answer an unanswered question offers,
 * NEXT.
 */
function towardsSummary(snapshot: Snapshot): WizardEvent {
  const step = stepOf(snapshot);
  const { answers } = snapshot.context;
  if (step === "welcome") return { type: "START" };
  // Every page after the request was reached from the summary: Back leads to it.
  if (isAfterRequest(step)) return { type: "BACK" };
  if (isQuestion(step) && !hasUsableAnswer(step, answers)) {
    const value = validAnswers(step).find((answer) => hasUsableAnswer(step, { ...answers, [step]: answer }));
    return { type: "ANSWER", value, today: afterDueDate };
  }
  return { type: "NEXT" };
}

/** Where a run starts: from the beginning, or from a run's end, with the events that led there. */
interface Start {
  snapshot?: ReturnType<Actor<typeof wizardMachine>["getPersistedSnapshot"]>;
  events: readonly WizardEvent[];
  stepsBefore: readonly StepId[];
}

const fromTheBeginning: Start = { events: [], stepsBefore: [] };

/**
 * Sends events to a live actor and, when asked, walks on to the summary (bounded), recording every transition taken,
 * every step entered and the step each event was sent on.
 */
function runPath(start: Start, pathEvents: readonly WizardEvent[], { thenToSummary = false } = {}) {
  const taken = new Set<string>();
  const entered = new Set<string>();
  const actor = createActor(wizardMachine, {
    input: {},
    snapshot: start.snapshot,
    inspect: (inspection) => {
      if (inspection.type !== "@xstate.microstep") return;
      for (const transition of inspection._transitions) taken.add(transitionKey(transition as Transition));
    },
  });
  actor.subscribe((snapshot) => entered.add(String(snapshot.value)));
  actor.start();
  const events = [...start.events];
  const stepsBefore = [...start.stepsBefore];
  const send = (event: WizardEvent) => {
    events.push(event);
    stepsBefore.push(stepOf(actor.getSnapshot()));
    actor.send(event);
  };
  pathEvents.forEach(send);
  const walkLimit = events.length + 40;
  while (thenToSummary && actor.getSnapshot().value !== "summary" && events.length < walkLimit)
    send(towardsSummary(actor.getSnapshot()));
  return { actor, events, stepsBefore, taken, entered };
}

/**
 * The answers the user gave, worked out from the events alone: the last answer each question's schema accepted and
 * the answers so far allow (no phone call for someone else's line).
 */
function answersGiven(events: readonly WizardEvent[], stepsBefore: readonly StepId[]): Answers {
  const given: Answers = {};
  events.forEach((event, index) => {
    const step = stepsBefore[index];
    if (event.type !== "ANSWER" || step === undefined || !isQuestion(step)) return;
    const parsed = answerSchemas[step].safeParse(event.value);
    if (!parsed.success) return;
    if (!hasUsableAnswer(step, { ...given, [step]: parsed.data })) return;
    Object.assign(given, { [step]: parsed.data });
  });
  return given;
}

// Tens of thousands of paths: bounded well above what they take on a slow, busy machine.
describe("every path through the wizard machine (model-based)", { timeout: 60_000 }, () => {
  const covered = { states: new Set<string>(), transitions: new Set<string>() };
  const run = (...args: Parameters<typeof runPath>) => {
    const { taken, entered, ...ran } = runPath(...args);
    for (const key of taken) covered.transitions.add(key);
    for (const state of entered) covered.states.add(state);
    return ran;
  };
  // Each place is reached once; the walk on to the summary and each way out start from a copy of the actor there,
  // as a resumed session would, instead of sending the whole path again.
  const atEveryPlace = places.map(({ pathToPlace, waysOut }) => {
    const reached = run(fromTheBeginning, pathToPlace);
    return { waysOut, start: { ...reached, snapshot: reached.actor.getPersistedSnapshot() } };
  });
  const toSummaryFromEveryPlace = atEveryPlace.map(({ start }) => run(start, [], { thenToSummary: true }));
  const throughEveryEdge = atEveryPlace.flatMap(({ start, waysOut }) =>
    waysOut.map((event) => run(start, [event])),
  );

  it("takes every state and every transition of the machine at least once", () => {
    const states = stateNodes.map((node) => node.key);
    console.log(
      `model-based paths: ${throughEveryEdge.length} through every edge, ${places.length} on to the summary; states covered ${covered.states.size} of ${states.length}; ` +
        `transitions covered ${[...allTransitions].filter((key) => covered.transitions.has(key)).length} of ${allTransitions.size}`,
    );
    expect(states.filter((state) => !covered.states.has(state))).toEqual([]);
    expect([...allTransitions].filter((key) => !covered.transitions.has(key))).toEqual([]);
  });

  it("reaches the summary on every path, with every question usably answered, or a page that ends the flow", () => {
    const described = (events: readonly WizardEvent[]) =>
      events.map((event) => JSON.stringify(event)).join(" ");
    const atSummary = toSummaryFromEveryPlace.filter(({ actor }) => actor.getSnapshot().value === "summary");
    const stuck = toSummaryFromEveryPlace.filter(({ actor }) => {
      const step = stepOf(actor.getSnapshot());
      return step !== "summary" && !endingPages.includes(step);
    });
    expect(stuck.map(({ events }) => described(events))).toEqual([]);
    const unusable = atSummary.filter(({ actor }) =>
      questionIds.some((question) => !hasUsableAnswer(question, actor.getSnapshot().context.answers)),
    );
    expect(unusable.map(({ events }) => described(events)).slice(0, 3)).toEqual([]);
  });

  // One assertion for all paths: one per path made this CPU-bound test flirt with its time limit on a busy machine.
  it("keeps exactly the answers the user last gave", () => {
    const differing = [...throughEveryEdge, ...toSummaryFromEveryPlace].flatMap(
      ({ actor, events, stepsBefore }) => {
        const fromLastStart = lastStart(events);
        const given = answersGiven(events.slice(fromLastStart), stepsBefore.slice(fromLastStart));
        const { answers } = actor.getSnapshot().context;
        return sameAnswers(answers, given) && Object.keys(answers).length === Object.keys(given).length
          ? []
          : [{ events: events.map((event) => JSON.stringify(event)).join(" "), answers, given }];
      },
    );
    expect(differing.slice(0, 3)).toEqual([]);
  });
});

/** START begins afresh, forgetting earlier answers: only the events after the last START count. */
const lastStart = (events: readonly WizardEvent[]) => events.findLastIndex((event) => event.type === "START");
