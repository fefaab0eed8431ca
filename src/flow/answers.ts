import type * as z from "zod/mini";
import { type QuestionId, type QuestionStep, questionIds, questionSteps } from "./steps.ts";

export type { QuestionId } from "./steps.ts";

type SchemaOf<Q extends QuestionId> = Extract<QuestionStep, { id: Q }>["schema"];

export type Answers = { [Q in QuestionId]?: z.output<SchemaOf<Q>> };

/** One schema per question, from the step table: the machine accepts an answer only when its schema parses it. */
export const answerSchemas = Object.fromEntries(questionSteps.map((step) => [step.id, step.schema])) as {
  [Q in QuestionId]: SchemaOf<Q>;
};

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
  questionIds.every((question) => a[question] === b[question]);

/** Which answer put an item on the document list or in the plan. */
export type Because = { question: QuestionId; answer: string };

export const because = (answers: Answers, ...questions: QuestionId[]): Because[] =>
  questions.flatMap((question) => {
    const answer = answers[question];
    return answer === undefined ? [] : [{ question, answer }];
  });
