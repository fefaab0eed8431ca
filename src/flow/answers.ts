import * as z from "zod/mini";
import {
  cardStatuses,
  carriers,
  channels,
  holders,
  identityDocuments,
  keepNumberAnswers,
  optionalDay,
  optionalLineNumber,
  phoneOnInstalmentsAnswers,
  planTypes,
  reasons,
  requesters,
  smsAbroadAnswers,
  whereabouts,
} from "./answerOptions.ts";
import type { RefusalMessage } from "./refusal.ts";

/**
 * One schema per question, in the order the flow asks them: the machine accepts an answer only when its schema
 * parses it. The step table places each question; the answers' type stands apart from it, so that the rules the
 * table refers to can take the answers.
 */
export const answerSchemas = {
  reason: z.enum(reasons),
  keepNumber: z.enum(keepNumberAnswers),
  whereabouts: z.enum(whereabouts),
  flightDate: optionalDay,
  cardStatus: z.enum(cardStatuses),
  receivesSms: z.enum(smsAbroadAnswers),
  planType: z.enum(planTypes),
  carrier: z.enum(carriers),
  phoneOnInstalments: z.enum(phoneOnInstalmentsAnswers),
  lineNumber: optionalLineNumber,
  holder: z.enum(holders),
  requester: z.enum(requesters),
  identityDocument: z.enum(identityDocuments),
  channel: z.enum(channels),
} as const;

export type QuestionId = keyof typeof answerSchemas;

export type Answers = { [Q in QuestionId]?: z.output<(typeof answerSchemas)[Q]> };

const everyQuestion = Object.keys(answerSchemas) as QuestionId[];

/** Why an answer to each question is refused when its schema does not parse it. */
export const answerRefusals = {
  reason: "error.reason",
  keepNumber: "error.keepNumber",
  whereabouts: "error.whereabouts",
  flightDate: "error.flightDate",
  cardStatus: "error.cardStatus",
  receivesSms: "error.receivesSms",
  planType: "error.planType",
  carrier: "error.carrier",
  phoneOnInstalments: "error.phoneOnInstalments",
  lineNumber: "error.lineNumber",
  holder: "error.holder",
  requester: "error.requester",
  identityDocument: "error.identityDocument",
  channel: "error.channel",
} as const satisfies Record<QuestionId, RefusalMessage>;

export type ParsedAnswer = { ok: true; value: string } | { ok: false; message: RefusalMessage };

export function parseAnswer(question: QuestionId, input: unknown): ParsedAnswer {
  const result = answerSchemas[question].safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, message: answerRefusals[question] };
}

/** The options of a question answered by picking one; null for a question answered by typing. */
export function optionsOf(question: QuestionId): readonly string[] | null {
  const schema = answerSchemas[question];
  return "options" in schema ? schema.options : null;
}

export const isChoiceQuestion = (question: QuestionId) => optionsOf(question) !== null;

/** Whether two sets of answers give every question the same answer. */
export const sameAnswers = (a: Answers, b: Answers) =>
  everyQuestion.every((question) => a[question] === b[question]);

/** Which answer put an item on the document list or in the plan. */
export type Because = { question: QuestionId; answer: string };

export const because = (answers: Answers, ...questions: QuestionId[]): Because[] =>
  questions.flatMap((question) => {
    const answer = answers[question];
    return answer === undefined ? [] : [{ question, answer }];
  });
