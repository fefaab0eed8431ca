import type { QuestionId } from "./answers.ts";

export const questionSteps = [
  "reason",
  "cardStatus",
  "planType",
  "carrier",
  "lineNumber",
  "holder",
  "identityDocument",
  "channel",
] as const satisfies readonly QuestionId[];

export const stepIds = [
  "welcome",
  "reason",
  "reasonAdvice",
  "cardStatus",
  "blockFirst",
  "debtFirst",
  "planType",
  "carrier",
  "lineNumber",
  "holder",
  "holderAdvice",
  "identityDocument",
  "channel",
  "documents",
  "atStore",
  "onCall",
  "online",
  "balance",
  "cleanup",
  "summary",
] as const;

export type StepId = (typeof stepIds)[number];

export const isQuestion = (step: StepId): step is QuestionId =>
  (questionSteps as readonly string[]).includes(step);
