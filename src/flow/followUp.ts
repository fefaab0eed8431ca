import * as z from "zod/mini";
import { carrierChannels, isCalendarDay } from "./answerOptions.ts";
import type { Refusal, RefusalMessage } from "./refusal.ts";

/** A day as a date field gives it (YYYY-MM-DD). */
const day = z.string().check(z.refine((day) => /^\d{4}-\d{2}-\d{2}$/.test(day) && isCalendarDay(day)));

const optionalDay = z.union([z.literal(""), day]);

/** Free text the user types (a code, a name): trimmed, and short enough for a letter's line. */
const typed = (max: number) =>
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((text) => text.trim()),
    ),
    z.string().check(z.maxLength(max)),
  );

export const requestRecordSchema = z.object({
  /** The day the user made the request, in Lima. */
  date: day,
  channel: z.enum(carrierChannels),
  /** The código de pedido or the constancia's number, if the carrier gave one. */
  code: typed(60),
  /** The day the user asked the baja to take effect, if they chose one. */
  chosenDate: optionalDay,
});

export type RequestRecord = z.infer<typeof requestRecordSchema>;

/** Why each field of a request record is refused when its schema does not parse it; the first stands for the whole. */
export const requestRefusals = {
  date: "error.requestDate",
  channel: "error.requestChannel",
  code: "error.requestCode",
  chosenDate: "error.chosenDate",
} as const satisfies Record<keyof RequestRecord, RefusalMessage>;

/** What the user says when the date has come: the line is gone, or it still works, or it is still billed. */
export const lineChecks = ["gone", "stillWorking", "stillBilled"] as const;
export type LineCheck = (typeof lineChecks)[number];
export const lineCheckSchema = z.enum(lineChecks);

/** The way up, as far as the user has gone: the reclamo they filed, and the carrier's answer to it. */
export const escalationSchema = z.object({
  reclamoDate: optionalDay,
  reclamoCode: typed(60),
  answerDate: optionalDay,
});

export type Escalation = z.infer<typeof escalationSchema>;

export const escalationRefusals = {
  reclamoDate: "error.reclamoDate",
  reclamoCode: "error.reclamoCode",
  answerDate: "error.answerDate",
} as const satisfies Record<keyof Escalation, RefusalMessage>;

/** What the Spanish letters need and the answers do not hold; kept on the device, never put in an address. */
export const letterDetailsSchema = z.object({
  holderName: typed(120),
  holderDocumentNumber: typed(20),
  representativeName: typed(120),
  representativeDocumentNumber: typed(20),
  email: typed(120),
});

export type LetterDetails = z.infer<typeof letterDetailsSchema>;

export const letterDetailsRefusals = {
  holderName: "error.letterDetails",
  holderDocumentNumber: "error.letterDetails",
  representativeName: "error.letterDetails",
  representativeDocumentNumber: "error.letterDetails",
  email: "error.letterDetails",
} as const satisfies Record<keyof LetterDetails, RefusalMessage>;

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
 * first thing wrong, with the field at fault and its message from `refusals` (the first field's where the schema
 * names none: the value was not a record at all).
 */
export function checkRecord<Record extends { [field: string]: string }>(
  schema: z.ZodMiniType<Record, unknown>,
  refusals: { [Field in keyof Record]: RefusalMessage },
  value: unknown,
  problemOf: (record: Record) => Refusal | null,
): CheckedRecord<Record> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const fields = Object.keys(refusals) as (keyof Record & string)[];
    const named = parsed.error.issues[0]?.path[0];
    const field = fields.find((field) => field === named) ?? (fields[0] as keyof Record & string);
    return { ok: false, refusal: { field, message: refusals[field] } };
  }
  const problem = problemOf(parsed.data);
  return problem ? { ok: false, refusal: problem } : { ok: true, record: parsed.data };
}

/** The user said the line still works, or is still billed, after its due date: the way up applies. */
export const lineStillThere = ({ lineCheck }: FollowUp): boolean =>
  lineCheck !== null && lineCheck !== "gone";

/** Whether two follow-ups hold the same records. */
export const sameFollowUp = (a: FollowUp, b: FollowUp): boolean => JSON.stringify(a) === JSON.stringify(b);
