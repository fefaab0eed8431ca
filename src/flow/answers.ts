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
 * One schema per question, in the order the flow asks them: the machine accepts an answer only when its schema
 * parses it. The step table places each question; the answers' type stands apart from it, so that the rules the
 * table refers to can take the answers.
 */
export const answerSchemas = {
  reason: choiceOf("reason", reasons),
  cardStatus: choiceOf("cardStatus", cardStatuses),
  planType: choiceOf("planType", planTypes),
  carrier: choiceOf("carrier", carriers),
  phoneOnInstalments: choiceOf("phoneOnInstalments", phoneOnInstalmentsAnswers),
  lineNumber: optionalLineNumber,
  holder: choiceOf("holder", holders),
  requester: choiceOf("requester", requesters),
  identityDocument: choiceOf("identityDocument", identityDocuments),
  channel: choiceOf("channel", channels),
  flightDate: optionalDay,
} as const;

export type QuestionId = keyof typeof answerSchemas;

export type Answers = { [Q in QuestionId]?: z.output<(typeof answerSchemas)[Q]> };

const everyQuestion = Object.keys(answerSchemas) as QuestionId[];

export type ParsedAnswer = { ok: true; value: string } | { ok: false; error: string };

export function parseAnswer(question: QuestionId, input: unknown): ParsedAnswer {
  const result = answerSchemas[question].safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: result.error.issues[0]?.message ?? `error.${question}` };
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
