import * as z from "zod/mini";

export const reasons = ["leavingPeru", "switchingCarrier", "tooExpensive", "lostOrStolen", "other"] as const;
export const cardStatuses = ["working", "suspendedForDebt", "lost", "stolen", "damaged"] as const;
export const planTypes = ["prepaid", "postpaid", "notSure"] as const;
export const carriers = ["claro", "movistar", "entel", "bitel", "other", "notSure"] as const;
export const holders = ["me", "someoneElse", "deceased", "notSure"] as const;
export const identityDocuments = ["dni", "carneExtranjeria", "passport", "ptpCpp", "other"] as const;
export const channels = ["store", "phone", "online"] as const;

/** A Peruvian mobile number: nine digits starting with 9, optionally written with +51, spaces or dashes. */
const lineNumber = z.pipe(
  z.string({ error: "error.lineNumber" }),
  z.transform((typed) => typed.replace(/[\s-]/g, "").replace(/^\+?51(?=9\d{8}$)/, "")),
);

/** One schema per question: the machine accepts an answer only when its step's schema parses it. */
export const answerSchemas = {
  reason: z.enum(reasons, { error: "error.reason" }),
  cardStatus: z.enum(cardStatuses, { error: "error.cardStatus" }),
  planType: z.enum(planTypes, { error: "error.planType" }),
  carrier: z.enum(carriers, { error: "error.carrier" }),
  lineNumber: z.pipe(lineNumber, z.string().check(z.regex(/^(9\d{8})?$/, { error: "error.lineNumber" }))),
  holder: z.enum(holders, { error: "error.holder" }),
  identityDocument: z.enum(identityDocuments, { error: "error.identityDocument" }),
  channel: z.enum(channels, { error: "error.channel" }),
};

export type QuestionId = keyof typeof answerSchemas;
export type Answers = { [Q in QuestionId]?: z.output<(typeof answerSchemas)[Q]> };
export type Reason = (typeof reasons)[number];
export type CardStatus = (typeof cardStatuses)[number];
export type PlanType = (typeof planTypes)[number];
export type Carrier = (typeof carriers)[number];
export type Holder = (typeof holders)[number];
export type IdentityDocument = (typeof identityDocuments)[number];
export type Channel = (typeof channels)[number];

export type ParsedAnswer = { ok: true; value: string } | { ok: false; error: string };

export function parseAnswer(question: QuestionId, input: unknown): ParsedAnswer {
  const result = answerSchemas[question].safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: result.error.issues[0]?.message ?? `error.${question}` };
}

/** Which answer put an item on the document list or in the plan. */
export type Because = { question: QuestionId; answer: string };

export const because = (answers: Answers, ...questions: QuestionId[]): Because[] =>
  questions.flatMap((question) => {
    const answer = answers[question];
    return answer === undefined ? [] : [{ question, answer }];
  });
