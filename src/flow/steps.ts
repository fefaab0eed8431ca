import type * as z from "zod/mini";
import {
  cardStatuses,
  carriers,
  channels,
  choiceOf,
  holders,
  identityDocuments,
  optionalDay,
  optionalLineNumber,
  phoneOnInstalmentsAnswers,
  planTypes,
  reasons,
  requesters,
} from "./answerOptions.ts";

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
  /** The named rule (`shownWhen` in src/flow/rules.ts) that decides whether the flow stops here; always, without one. */
  shownWhen?: string;
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
};

const question = <const Id extends string, Schema extends z.ZodMiniType<string, unknown>>(
  id: Id,
  schema: Schema,
) => ({ id, kind: "question", schema }) as const;

/** A question asked only when a rule (`shownWhen` in src/flow/rules.ts) says it applies. */
const questionWhen = <
  const Id extends string,
  Schema extends z.ZodMiniType<string, unknown>,
  const When extends string,
>(
  id: Id,
  schema: Schema,
  shownWhen: When,
) => ({ id, kind: "question", schema, shownWhen }) as const;

/**
 * Every step of the wizard, in the order the flow takes them. NEXT leaves a step for the first later step that is
 * shown for the answers so far; the machine, the question ids, the summary's order and the step addresses all come
 * from this table.
 */
export const stepTable = [
  { id: "welcome", kind: "information" },
  question("reason", choiceOf("reason", reasons)),
  { id: "unrecognisedLine", kind: "advice", shownWhen: "isUnrecognisedLine", endsTheFlow: true },
  { id: "reasonAdvice", kind: "advice", shownWhen: "needsReasonAdvice" },
  question("cardStatus", choiceOf("cardStatus", cardStatuses)),
  { id: "blockFirst", kind: "advice", shownWhen: "isLostOrStolen" },
  // A line's state is one of these at a time: after the advice for one, the flow passes the other.
  { id: "debtFirst", kind: "advice", shownWhen: "hasDebt", group: "cardState" },
  { id: "damagedSim", kind: "advice", shownWhen: "hasDamagedSim", group: "cardState" },
  question("planType", choiceOf("planType", planTypes)),
  question("carrier", choiceOf("carrier", carriers)),
  questionWhen("phoneOnInstalments", choiceOf("phoneOnInstalments", phoneOnInstalmentsAnswers), "isPostpaid"),
  question("lineNumber", optionalLineNumber),
  question("holder", choiceOf("holder", holders)),
  { id: "holderAdvice", kind: "advice", shownWhen: "needsHolderAdvice" },
  {
    ...questionWhen("requester", choiceOf("requester", requesters), "isSomeoneElsesLine"),
    onlyRightAfter: "holderAdvice",
  },
  question("identityDocument", choiceOf("identityDocument", identityDocuments)),
  question("channel", choiceOf("channel", channels)),
  questionWhen("flightDate", optionalDay, "isLeavingPeru"),
  { id: "documents", kind: "information" },
  { id: "atStore", kind: "information", shownWhen: "choseStore", group: "request" },
  { id: "onCall", kind: "information", shownWhen: "chosePhone", group: "request" },
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
] as const satisfies readonly StepDefinition[];

export type Step = (typeof stepTable)[number];
export type StepId = Step["id"];
export type QuestionStep = Extract<Step, { kind: "question" }>;
export type QuestionId = QuestionStep["id"];
/** The questions answered by picking an option, which the shared choice page can ask. */
export type ChoiceQuestionId = Extract<QuestionStep, { schema: { options: readonly string[] } }>["id"];
/** The names of the rules the table's `shownWhen` refers to. */
export type ShownWhen = Extract<Step, { shownWhen: string }>["shownWhen"];

export const stepIds = stepTable.map((step) => step.id) as readonly StepId[];

const isQuestionStep = (step: Step): step is QuestionStep => step.kind === "question";

export const questionSteps = stepTable.filter(isQuestionStep);

/** The questions in the order the flow asks them: the summary lists the answers in this order too. */
export const questionIds = questionSteps.map((step) => step.id) as readonly QuestionId[];

export const firstQuestion = questionIds[0] as QuestionId;

/** The steps of the plan, up to the summary: all a session saved before v3 could stop at. */
export const planStepIds = stepTable
  .filter((step) => step.kind !== "afterRequest")
  .map((step) => step.id) as readonly Exclude<StepId, AfterRequestStep>[];

export type AfterRequestStep = Extract<Step, { kind: "afterRequest" }>["id"];

export const isAfterRequest = (step: StepId): step is AfterRequestStep =>
  stepTable.some(({ id, kind }) => id === step && kind === "afterRequest");

/**
 * The pages after the request that show it: they cannot stand before one is recorded. The form records it, and the
 * letters leave blanks for what is not known yet.
 */
export const showsRecordedRequest = (step: StepId): boolean =>
  isAfterRequest(step) && step !== "requestMade" && step !== "letters";

export const isQuestion = (step: StepId): step is QuestionId =>
  (questionIds as readonly string[]).includes(step);
