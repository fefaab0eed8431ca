import * as z from "zod/mini";
import { channels, isCalendarDay } from "./answerOptions.ts";
import type { Refusal } from "./refusal.ts";

/** A day as a date field gives it (YYYY-MM-DD); `error` names the message shown when it is not one. */
const dayOf = (error: string) =>
  z
    .string({ error })
    .check(z.refine((day) => /^\d{4}-\d{2}-\d{2}$/.test(day) && isCalendarDay(day), { error }));

const optional = <Schema extends z.ZodMiniType<string, unknown>>(schema: Schema, error: string) =>
  z.union([z.literal(""), schema], { error });

/** Free text the user types (a code, a name): trimmed, and short enough for a letter's line. */
const typed = (max: number, error: string) =>
  z.pipe(
    z.pipe(
      z.string({ error }),
      z.transform((text) => text.trim()),
    ),
    z.string().check(z.maxLength(max, { error })),
  );

export const requestRecordSchema = z.object({
  /** The day the user made the request, in Lima. */
  date: dayOf("error.requestDate"),
  channel: z.enum(channels, { error: "error.requestChannel" }),
  /** The código de pedido or the constancia's number, if the carrier gave one. */
  code: typed(60, "error.requestCode"),
  /** The day the user asked the baja to take effect, if they chose one. */
  chosenDate: optional(dayOf("error.chosenDate"), "error.chosenDate"),
});

export type RequestRecord = z.infer<typeof requestRecordSchema>;

/** What the user says when the date has come: the line is gone, or it still works, or it is still billed. */
export const lineChecks = ["gone", "stillWorking", "stillBilled"] as const;
export type LineCheck = (typeof lineChecks)[number];
export const lineCheckSchema = z.enum(lineChecks, { error: "error.lineCheck" });

/** The way up, as far as the user has gone: the reclamo they filed, and the carrier's answer to it. */
export const escalationSchema = z.object({
  reclamoDate: optional(dayOf("error.reclamoDate"), "error.reclamoDate"),
  reclamoCode: typed(60, "error.reclamoCode"),
  answerDate: optional(dayOf("error.answerDate"), "error.answerDate"),
});

export type Escalation = z.infer<typeof escalationSchema>;

/** What the Spanish letters need and the answers do not hold; kept on the device, never put in an address. */
export const letterDetailsSchema = z.object({
  holderName: typed(120, "error.letterDetails"),
  holderDocumentNumber: typed(20, "error.letterDetails"),
  representativeName: typed(120, "error.letterDetails"),
  representativeDocumentNumber: typed(20, "error.letterDetails"),
  email: typed(120, "error.letterDetails"),
});

export type LetterDetails = z.infer<typeof letterDetailsSchema>;

export const followUpSchema = z.object({
  request: z.nullable(requestRecordSchema),
  lineCheck: z.nullable(lineCheckSchema),
  escalation: escalationSchema,
  letterDetails: letterDetailsSchema,
});

export type FollowUp = z.infer<typeof followUpSchema>;

export const noFollowUp: FollowUp = {
  request: null,
  lineCheck: null,
  escalation: { reclamoDate: "", reclamoCode: "", answerDate: "" },
  letterDetails: {
    holderName: "",
    holderDocumentNumber: "",
    representativeName: "",
    representativeDocumentNumber: "",
    email: "",
  },
};

export type CheckedRecord<Record> = { ok: true; record: Record } | { ok: false; refusal: Refusal };

/**
 * A record the user typed, checked by its schema and then by the rules about its days (`problemOf`); refused for the
 * first thing wrong, with the field the schema found at fault and its message, or `fallback` where it names none.
 */
export function checkRecord<Record>(
  schema: z.ZodMiniType<Record, unknown>,
  value: unknown,
  problemOf: (record: Record) => Refusal | null,
  fallback: Refusal,
): CheckedRecord<Record> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return { ok: false, refusal: fallback };
    const [field] = issue.path;
    // Only a named field's issue carries one of our messages; Zod words the others itself, in English.
    return { ok: false, refusal: typeof field === "string" ? { field, message: issue.message } : fallback };
  }
  const problem = problemOf(parsed.data);
  return problem ? { ok: false, refusal: problem } : { ok: true, record: parsed.data };
}

/** The user said the line still works, or is still billed, after its due date: the way up applies. */
export const lineStillThere = ({ lineCheck }: FollowUp): boolean =>
  lineCheck !== null && lineCheck !== "gone";

/** Whether two follow-ups hold the same records. */
export const sameFollowUp = (a: FollowUp, b: FollowUp): boolean => JSON.stringify(a) === JSON.stringify(b);
