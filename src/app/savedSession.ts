import * as z from "zod/mini";
import { answerSchemas } from "../flow/answers.ts";
import { stepIds } from "../flow/steps.ts";
import type { WizardContext } from "../flow/wizardMachine.ts";
import { type Locale, locales } from "../i18n/locales.ts";

export const sessionKey = "adios-chip:session";
export const backupKey = "adios-chip:session-backup";
export const currentVersion = 1;

const savedAnswers = z.object({
  reason: z.optional(answerSchemas.reason),
  cardStatus: z.optional(answerSchemas.cardStatus),
  planType: z.optional(answerSchemas.planType),
  carrier: z.optional(answerSchemas.carrier),
  lineNumber: z.optional(answerSchemas.lineNumber),
  holder: z.optional(answerSchemas.holder),
  identityDocument: z.optional(answerSchemas.identityDocument),
  channel: z.optional(answerSchemas.channel),
});

/** What is stored on the device: the step the machine is in, what it knows, and the chosen language. */
export const savedSessionSchema = z.object({
  app: z.literal("adios-chip"),
  version: z.literal(currentVersion),
  savedAt: z.iso.datetime(),
  locale: z.enum(locales as [Locale, ...Locale[]]),
  step: z.enum(stepIds),
  answers: savedAnswers,
  ticks: z.array(z.string().check(z.regex(/^[a-zA-Z]{1,40}$/))).check(z.maxLength(100)),
  visited: z.array(z.enum(stepIds)).check(z.maxLength(500)),
});

export type SavedSession = z.infer<typeof savedSessionSchema>;

export type LoadedSession =
  | { status: "none" }
  | { status: "ok"; session: SavedSession }
  /** Stored data that is not a session we can read: it has been kept under the backup key. */
  | { status: "unreadable" }
  | { status: "storageUnavailable" };

export function loadSession(storage: Storage | null): LoadedSession {
  if (!storage) return { status: "storageUnavailable" };
  let raw: string | null;
  try {
    raw = storage.getItem(sessionKey);
  } catch {
    return { status: "storageUnavailable" };
  }
  if (raw === null) return { status: "none" };
  const parsed = savedSessionSchema.safeParse(parseJson(raw));
  if (parsed.success) return { status: "ok", session: parsed.data };
  try {
    storage.setItem(backupKey, raw);
  } catch {
    // The original stays under the session key when the backup cannot be written.
  }
  return { status: "unreadable" };
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

export function toSavedSession(
  step: SavedSession["step"],
  context: WizardContext,
  locale: Locale,
  now = new Date(),
): SavedSession {
  return {
    app: "adios-chip",
    version: currentVersion,
    savedAt: now.toISOString(),
    locale,
    step,
    answers: context.answers,
    ticks: context.ticks,
    visited: context.visited,
  };
}

/** Returns false when the device refuses to store it (storage disabled or full). */
export function saveSession(storage: Storage | null, session: SavedSession): boolean {
  try {
    storage?.setItem(sessionKey, JSON.stringify(session));
    return storage !== null;
  } catch {
    return false;
  }
}

/** localStorage, or null where the browser blocks even looking at it. */
export function deviceStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
