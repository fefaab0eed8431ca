import * as z from "zod/mini";
import { appId } from "../../content/appIdentity.ts";
import { tickIdSchema } from "../../flow/answerOptions.ts";
import { answerSchemas } from "../../flow/answers.ts";
import { followUpSchema } from "../../flow/followUp.ts";
import { planStepIds, showsRecordedRequest, stepIds } from "../../flow/steps.ts";
import { type Locale, locales } from "../../i18n/locales.ts";

/** Marks data as this app's own, so a file from elsewhere is told apart from a damaged one. */
export const appMarker = appId;
export const currentVersion = 3;

/** Long enough for any real journey with many changes; longer histories keep their most recent steps. */
export const maxVisited = 500;

/** Every answer may be missing; those given must pass their question's schema. */
const answerFields = z.partial(z.object(answerSchemas)).shape;

const commonFields = {
  app: z.literal(appMarker),
  savedAt: z.iso.datetime(),
  step: z.enum(planStepIds),
  ticks: z.array(tickIdSchema).check(z.maxLength(100)),
};

/** v0, the first English-only app: the answers sat beside the step, and the way there was not kept. */
export const sessionV0Schema = z.object({ ...commonFields, version: z.literal(0), ...answerFields });

/** v1: the answers grouped, the steps visited (for Back) and the language. */
export const sessionV1Schema = z.object({
  ...commonFields,
  version: z.literal(1),
  locale: z.enum(locales as [Locale, ...Locale[]]),
  answers: z.object(answerFields),
  visited: z.array(z.enum(planStepIds)).check(z.maxLength(maxVisited)),
});

/** v2: a revision that grows with every save, so that a tab never overwrites what another tab saved later. */
export const sessionV2Schema = z.object({
  ...sessionV1Schema.shape,
  version: z.literal(2),
  revision: z.int().check(z.nonnegative()),
});

/** v3 (current): the request once made, how it went, and the details the Spanish letters need. */
export const savedSessionSchema = z
  .object({
    ...sessionV2Schema.shape,
    version: z.literal(currentVersion),
    step: z.enum(stepIds),
    visited: z.array(z.enum(stepIds)).check(z.maxLength(maxVisited)),
    followUp: followUpSchema,
  })
  // A page that shows the recorded request cannot be where a session without one stopped (data edited by hand).
  .check(z.refine((session) => !showsRecordedRequest(session.step) || session.followUp.request !== null));

export type SessionV0 = z.infer<typeof sessionV0Schema>;
export type SessionV1 = z.infer<typeof sessionV1Schema>;
export type SessionV2 = z.infer<typeof sessionV2Schema>;
export type SavedSession = z.infer<typeof savedSessionSchema>;
