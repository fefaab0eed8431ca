import type { IsoDate } from "../content/fact.ts";
import type { Answers, QuestionId } from "./answers.ts";
import { type FollowUp, noFollowUp, sameFollowUp } from "./followUp.ts";
import type { Refusal } from "./refusal.ts";
import type { StepId } from "./steps.ts";

export type WizardContext = {
  answers: Answers;
  /** Items ticked on the document list and the cleanup checklist. */
  ticks: string[];
  /** The pages the user left by moving forward, most recent last: BACK returns to the last one. */
  visited: StepId[];
  /** The last answer or record refused, shown by the step until it is answered. */
  error: Refusal | null;
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
  | ({ type: "ANSWER"; value: unknown } & Today)
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

/** Whether the user has given the wizard anything that starting afresh would lose. */
export const holdsAnything = (context: WizardContext): boolean =>
  Object.keys(context.answers).length > 0 ||
  context.ticks.length > 0 ||
  !sameFollowUp(context.followUp, noFollowUp);

export function initialContext(input: WizardInput): WizardContext {
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
