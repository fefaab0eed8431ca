import type * as z from "zod/mini";
import { type Answers, answerSchemas, type QuestionId } from "./answers.ts";

export type { QuestionId } from "./answers.ts";

import {
  asksForFlightDate,
  asksWhetherSimWorksAbroad,
  choseOsiptelForm,
  chosePhone,
  choseSomeoneInPeru,
  choseStore,
  hasDamagedSim,
  hasDebt,
  isLostOrStolen,
  isPostpaid,
  isSomeoneElsesLine,
  isSwitchingCarrier,
  isUnrecognisedLine,
  keepsNumber,
  needsHolderAdvice,
  needsReasonAdvice,
} from "./rules.ts";

/**
 * A question asks; an advice page tells what to do first; an information page is a part of the plan; the pages
 * after the request follow it up, once the plan is done.
 */
export type StepKind = "question" | "advice" | "information" | "afterRequest";

type StepDefinition = {
  id: string;
  kind: StepKind;
  /** The schema an answer must pass; questions only. */
  schema?: z.ZodMiniType<string, unknown>;
  /** The rule that decides whether the flow stops here; always, without one. */
  shownWhen?: ShownWhen;
  /**
   * The flow stops here for good: this page says what to do instead of a cancellation, or that the line is gone.
   */
  endsTheFlow?: true;
  /**
   * Steps of one group stand for each other (the page for the chosen channel): after one of them, the flow goes on
   * past the others.
   */
  group?: string;
  /**
   * The flow reaches this step only from the page named here: its rule holds only where that page's rule does
   * (someone else's line always has its advice page first), so no other step leads to it.
   */
  onlyRightAfter?: string;
  /**
   * The flow never comes here from the pages named: their rules and this step's cannot both hold (a lost or damaged
   * SIM receives nothing anywhere), so no route is drawn from them.
   */
  neverRightAfter?: readonly string[];
};

/** A rule of src/flow/rules.ts that decides whether the flow stops at a step. */
export type ShownWhen = (answers: Answers) => boolean;

const question = <const Id extends QuestionId>(id: Id) =>
  ({ id, kind: "question", schema: answerSchemas[id] }) as const;

/** A question asked only when a rule says it applies. */
const questionWhen = <const Id extends QuestionId>(id: Id, shownWhen: ShownWhen) =>
  ({ ...question(id), shownWhen }) as const;

/** The table as given, once the compiler has checked that `onlyRightAfter` and `neverRightAfter` name its steps. */
function stepsNamingOnlyTheirOwn<const Table extends readonly StepDefinition[]>(
  table: Table &
    readonly (StepDefinition & {
      onlyRightAfter?: Table[number]["id"];
      neverRightAfter?: readonly Table[number]["id"][];
    })[],
): Table {
  return table;
}

/**
 * Every step of the wizard, in the order the flow takes them. NEXT leaves a step for the first later step that is
 * shown for the answers so far; the machine, the question ids, the summary's order and the step addresses all come
 * from this table.
 */
export const stepTable = stepsNamingOnlyTheirOwn([
  { id: "welcome", kind: "information" },
  question("reason"),
  questionWhen("keepNumber", isSwitchingCarrier),
  {
    id: "unrecognisedLine",
    kind: "advice",
    shownWhen: isUnrecognisedLine,
    endsTheFlow: true,
    neverRightAfter: ["keepNumber"],
  },
  { id: "reasonAdvice", kind: "advice", shownWhen: needsReasonAdvice },
  question("whereabouts"),
  questionWhen("flightDate", asksForFlightDate),
  question("cardStatus"),
  { id: "blockFirst", kind: "advice", shownWhen: isLostOrStolen },
  // What the new carrier needs depends on the line's state, which the card status gives; no cancellation follows.
  { id: "portability", kind: "advice", shownWhen: keepsNumber, endsTheFlow: true },
  // A line's state is one of these at a time: after the advice for one, the flow passes the other.
  { id: "debtFirst", kind: "advice", shownWhen: hasDebt, group: "cardState" },
  { id: "damagedSim", kind: "advice", shownWhen: hasDamagedSim, group: "cardState" },
  {
    ...questionWhen("receivesSms", asksWhetherSimWorksAbroad),
    neverRightAfter: ["blockFirst", "damagedSim"],
  },
  question("planType"),
  question("carrier"),
  questionWhen("phoneOnInstalments", isPostpaid),
  question("lineNumber"),
  question("holder"),
  { id: "holderAdvice", kind: "advice", shownWhen: needsHolderAdvice },
  {
    ...questionWhen("requester", isSomeoneElsesLine),
    onlyRightAfter: "holderAdvice",
  },
  question("identityDocument"),
  question("channel"),
  { id: "documents", kind: "information" },
  { id: "atStore", kind: "information", shownWhen: choseStore, group: "request" },
  { id: "onCall", kind: "information", shownWhen: chosePhone, group: "request" },
  { id: "someoneInPeru", kind: "information", shownWhen: choseSomeoneInPeru, group: "request" },
  { id: "osiptelForm", kind: "information", shownWhen: choseOsiptelForm, group: "request" },
  { id: "online", kind: "information", group: "request" },
  { id: "balance", kind: "information" },
  { id: "cleanup", kind: "information" },
  { id: "summary", kind: "information" },
  { id: "requestMade", kind: "afterRequest" },
  { id: "dueDate", kind: "afterRequest" },
  { id: "checkIn", kind: "afterRequest" },
  { id: "lineGone", kind: "afterRequest", endsTheFlow: true },
  { id: "wayUp", kind: "afterRequest" },
  { id: "letters", kind: "afterRequest" },
] as const);

export type Step = (typeof stepTable)[number];
export type StepId = Step["id"];
export type QuestionStep = Extract<Step, { kind: "question" }>;
/** The questions answered by picking an option, which the shared choice page can ask. */
export type ChoiceQuestionId = Extract<QuestionStep, { schema: { options: readonly string[] } }>["id"];

export const stepIds = stepTable.map((step) => step.id) as readonly StepId[];

/** Where a step stands in the table: the flow only ever moves on to a step further down. */
export const stepIndex = (step: StepId) => stepIds.indexOf(step);

/** The flow stops at this step for good (its page says what to do instead, or that the line is gone). */
export const endsTheFlow = (step: StepId) => stepTable.some((row) => row.id === step && "endsTheFlow" in row);

const isQuestionStep = (step: Step): step is QuestionStep => step.kind === "question";

export const questionSteps = stepTable.filter(isQuestionStep);

/** The questions in the order the flow asks them: the summary lists the answers in this order too. */
export const questionIds = questionSteps.map((step) => step.id) as readonly QuestionId[];

export const firstQuestion = questionIds[0] as QuestionId;

export type AfterRequestStep = Extract<Step, { kind: "afterRequest" }>["id"];

export const isAfterRequest = (step: StepId): step is AfterRequestStep =>
  stepTable.some(({ id, kind }) => id === step && kind === "afterRequest");

/**
 * The pages after the request that show it: they cannot stand before one is recorded. The form records it, and the
 * letters leave blanks for what is not known yet.
 */
export const showsRecordedRequest = (step: StepId): boolean =>
  isAfterRequest(step) && step !== "requestMade" && step !== "letters";

/** Whether the flow asks this question for these answers: most always; some only where a rule says so. */
export function isAsked(question: QuestionId, answers: Answers): boolean {
  const step = stepTable.find(({ id }) => id === question);
  return !(step && "shownWhen" in step) || step.shownWhen(answers);
}

export const isQuestion = (step: StepId): step is QuestionId =>
  (questionIds as readonly string[]).includes(step);
