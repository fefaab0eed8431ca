import * as z from "zod/mini";
import { appId } from "../../content/appIdentity.ts";
import { optionalDay, optionalLineNumber, tickIdSchema } from "../../flow/answerOptions.ts";
import { answerSchemas } from "../../flow/answers.ts";
import { followUpSchema } from "../../flow/followUp.ts";
import { showsRecordedRequest, stepIds } from "../../flow/steps.ts";
import { type Locale, locales } from "../../i18n/locales.ts";

/** Marks data as this app's own, so a file from elsewhere is told apart from a damaged one. */
export const appMarker = appId;
export const currentVersion = 6;

/** Long enough for any real journey with many changes; longer histories keep their most recent steps. */
export const maxVisited = 500;

/**
 * The questions and steps as versions 0 to 3 knew them, written out as they were: a later change to the flow must
 * not make an older session unreadable, only migrate it.
 */
const answerFieldsV0toV3 = z.partial(
  z.object({
    reason: z.enum([
      "leavingPeru",
      "switchingCarrier",
      "tooExpensive",
      "lostOrStolen",
      "holderDied",
      "unrecognisedLine",
      "other",
    ]),
    cardStatus: z.enum(["working", "suspendedForDebt", "lost", "stolen", "damaged"]),
    planType: z.enum(["prepaid", "postpaid", "notSure"]),
    carrier: z.enum(["claro", "movistar", "entel", "bitel", "other", "notSure"]),
    phoneOnInstalments: z.enum(["yes", "no", "notSure"]),
    lineNumber: optionalLineNumber,
    holder: z.enum(["me", "someoneElse", "deceased", "notSure"]),
    requester: z.enum(["theHolder", "me"]),
    identityDocument: z.enum(["dni", "carneExtranjeria", "passport", "ptpCpp", "other"]),
    channel: z.enum(["store", "phone", "online"]),
    flightDate: optionalDay,
  }),
).shape;

const planStepIdsV0toV3 = [
  "welcome",
  "reason",
  "unrecognisedLine",
  "reasonAdvice",
  "cardStatus",
  "blockFirst",
  "debtFirst",
  "damagedSim",
  "planType",
  "carrier",
  "phoneOnInstalments",
  "lineNumber",
  "holder",
  "holderAdvice",
  "requester",
  "identityDocument",
  "channel",
  "flightDate",
  "documents",
  "atStore",
  "onCall",
  "online",
  "balance",
  "cleanup",
  "summary",
] as const;

const stepIdsV3 = [
  ...planStepIdsV0toV3,
  "requestMade",
  "dueDate",
  "checkIn",
  "lineGone",
  "wayUp",
  "letters",
] as const;

const commonFields = {
  app: z.literal(appMarker),
  savedAt: z.iso.datetime(),
  step: z.enum(planStepIdsV0toV3),
  ticks: z.array(tickIdSchema).check(z.maxLength(100)),
};

/** v0, the first English-only app: the answers sat beside the step, and the way there was not kept. */
export const sessionV0Schema = z.object({ ...commonFields, version: z.literal(0), ...answerFieldsV0toV3 });

/** v1: the answers grouped, the steps visited (for Back) and the language. */
export const sessionV1Schema = z.object({
  ...commonFields,
  version: z.literal(1),
  locale: z.enum(locales as [Locale, ...Locale[]]),
  answers: z.object(answerFieldsV0toV3),
  visited: z.array(z.enum(planStepIdsV0toV3)).check(z.maxLength(maxVisited)),
});

/** v2: a revision that grows with every save, so that a tab never overwrites what another tab saved later. */
export const sessionV2Schema = z.object({
  ...sessionV1Schema.shape,
  version: z.literal(2),
  revision: z.int().check(z.nonnegative()),
});

/** v3: the request once made, how it went, and the details the Spanish letters need. */
export const sessionV3Schema = z.object({
  ...sessionV2Schema.shape,
  version: z.literal(3),
  step: z.enum(stepIdsV3),
  visited: z.array(z.enum(stepIdsV3)).check(z.maxLength(maxVisited)),
  followUp: followUpSchema,
});

/** The questions and steps as version 4 knew them, written out as they were, like those before. */
const answerFieldsV4 = {
  ...answerFieldsV0toV3,
  whereabouts: z.optional(z.enum(["inPeru", "leaving", "abroad"])),
  receivesSms: z.optional(z.enum(["yes", "no", "notSure"])),
  channel: z.optional(z.enum(["store", "phone", "online", "someoneInPeru", "osiptelForm"])),
};

const stepIdsV4 = [...stepIdsV3, "whereabouts", "receivesSms", "someoneInPeru", "osiptelForm"] as const;

/** v4: where the person is, and the routes from abroad. */
export const sessionV4Schema = z.object({
  ...sessionV3Schema.shape,
  version: z.literal(4),
  answers: z.object(answerFieldsV4),
  step: z.enum(stepIdsV4),
  visited: z.array(z.enum(stepIdsV4)).check(z.maxLength(maxVisited)),
});

/** The questions and steps as version 5 knew them, written out as they were, like those before. */
const answerFieldsV5 = {
  ...answerFieldsV4,
  keepNumber: z.optional(z.enum(["yes", "no", "notSure"])),
  identityDocument: z.optional(z.enum(["dni", "carneExtranjeria", "passport", "ptp", "cpp", "other"])),
};

const stepIdsV5 = [...stepIdsV4, "keepNumber", "portability"] as const;

/** v5: whether a switcher keeps the number, and the PTP and the CPP told apart. */
export const sessionV5Schema = z.object({
  ...sessionV3Schema.shape,
  version: z.literal(5),
  answers: z.object(answerFieldsV5),
  step: z.enum(stepIdsV5),
  visited: z.array(z.enum(stepIdsV5)).check(z.maxLength(maxVisited)),
});

/** More than the 36 lines the most found in one person's name (research: field-2026-12 §4). */
export const maxLines = 50;

/** One line: its own answers, the way through its steps, and what followed its request. */
export const savedLineSchema = z
  .object({
    id: z.int().check(z.positive()),
    step: z.enum(stepIds),
    answers: z.object(z.partial(z.object(answerSchemas)).shape),
    ticks: commonFields.ticks,
    visited: z.array(z.enum(stepIds)).check(z.maxLength(maxVisited)),
    followUp: followUpSchema,
  })
  // A page that shows the recorded request cannot be where a line without one stopped (data edited by hand).
  .check(z.refine((line) => !showsRecordedRequest(line.step) || line.followUp.request !== null));

/** v6 (current): several lines, each with its own plan and follow-up, and the one the person was last on. */
export const savedSessionSchema = z
  .object({
    app: commonFields.app,
    version: z.literal(currentVersion),
    savedAt: commonFields.savedAt,
    revision: sessionV2Schema.shape.revision,
    locale: sessionV1Schema.shape.locale,
    lines: z.array(savedLineSchema).check(z.minLength(1), z.maxLength(maxLines)),
    currentLine: z.int(),
  })
  .check(
    z.refine(({ lines, currentLine }) => {
      const ids = new Set(lines.map((line) => line.id));
      return ids.size === lines.length && ids.has(currentLine);
    }),
  );

export type SessionV0 = z.infer<typeof sessionV0Schema>;
export type SessionV1 = z.infer<typeof sessionV1Schema>;
export type SessionV2 = z.infer<typeof sessionV2Schema>;
export type SessionV3 = z.infer<typeof sessionV3Schema>;
export type SessionV4 = z.infer<typeof sessionV4Schema>;
export type SessionV5 = z.infer<typeof sessionV5Schema>;
export type SavedSession = z.infer<typeof savedSessionSchema>;
export type SavedLine = SavedSession["lines"][number];
