import type { IsoDate } from "../content/fact.ts";
import type { Answers } from "./answers.ts";
import { documentsFor } from "./documents.ts";
import { planFor } from "./plan.ts";
import { askedQuestions } from "./questionsAsked.ts";
import { shortAnswerFor } from "./shortAnswer.ts";
import { staffCardLines, staffCardVisits } from "./staffCard.ts";

/**
 * The plan as the summary page shows it, the print keeps it and the downloaded text holds it: what goes in each part
 * is decided here, once, so that the three cannot say different things.
 */
export function planSummaryFor(answers: Answers, today: IsoDate) {
  return {
    shortAnswer: shortAnswerFor(answers, today),
    actions: planFor(answers, today),
    documents: documentsFor(answers),
    staffCards: staffCardVisits(answers).map((visit) => ({ visit, lines: staffCardLines(answers, visit) })),
    /** The questions asked, in the flow's order, each with the answer given. */
    answers: askedQuestions(answers).map((question) => ({ question, answer: answers[question] })),
  };
}

export type PlanSummary = ReturnType<typeof planSummaryFor>;
