import type * as z from "zod/mini";
import type { Answers, QuestionId } from "../../flow/answers.ts";
import { noFollowUp } from "../../flow/followUp.ts";
import { whereaboutsBeforeTheQuestion } from "../../flow/rules.ts";
import { isAfterRequest, isAsked, stepIndex } from "../../flow/steps.ts";
import {
  appMarker,
  currentVersion,
  type SavedSession,
  type SessionV0,
  type SessionV1,
  type SessionV2,
  type SessionV3,
  type SessionV4,
  type SessionV5,
  savedSessionSchema,
  sessionV0Schema,
  sessionV1Schema,
  sessionV2Schema,
  sessionV3Schema,
  sessionV4Schema,
  sessionV5Schema,
} from "./sessionFormat.ts";

export type SessionReading =
  | { ok: true; session: SavedSession }
  /** notOurs: not data this app wrote; damaged: ours, but cut short, edited or from a newer app. */
  | { ok: false; problem: "notOurs" | "damaged" };

/** History was not kept in v0: an empty list lets the restore rebuild the way to the step. */
const fromV0 = ({ app, savedAt, step, ticks, version: _v0, ...answers }: SessionV0): SessionV1 => ({
  app,
  version: 1,
  savedAt,
  locale: "en",
  step,
  answers,
  ticks,
  visited: [],
});

const fromV1 = (session: SessionV1): SessionV2 => ({ ...session, version: 2, revision: 0 });

/** Nothing was followed up before v3: no request recorded yet. */
const fromV2 = (session: SessionV2): SessionV3 => ({
  ...session,
  version: 3,
  followUp: noFollowUp,
});

/**
 * Before v4 every route assumed the person in Peru, leaving it only with the reason "leaving Peru": that is where
 * they were. Whether the SIM gets SMS abroad was never asked; the plan asks it when it is needed.
 */
const fromV3 = (session: SessionV3): SessionV4 => ({
  ...session,
  version: 4,
  answers: {
    ...session.answers,
    whereabouts: whereaboutsBeforeTheQuestion(session.answers),
  },
  visited: historyInV4Order(session),
});

const reasonPages: readonly string[] = ["reason", "reasonAdvice"];

/**
 * v4 asks where the person is right after the reason (and its advice), and the flight right after that: the pages
 * kept for Back take that order. Someone who stood at the flight question goes back to it with the pages after it to
 * walk again, their answers kept.
 */
function historyInV4Order({ step, visited }: SessionV3): SessionV4["visited"] {
  const afterReason = visited.findLastIndex((page) => reasonPages.includes(page)) + 1;
  const pastReason = afterReason > 0 && (afterReason < visited.length || !reasonPages.includes(step));
  if (!pastReason) return visited;
  const uptoQuestion = [...visited.slice(0, afterReason), "whereabouts" as const];
  if (step === "flightDate") return uptoQuestion;
  const flight = visited.includes("flightDate") ? (["flightDate"] as const) : [];
  return [...uptoQuestion, ...flight, ...visited.slice(afterReason).filter((page) => page !== "flightDate")];
}

/**
 * v5 asks a switcher whether to keep the number, and tells the PTP from the CPP. A v4 "PTP or CPP" does not say which
 * of the two it was, so that answer alone is dropped (with its tick), and the question is asked again, as the new one
 * is of a switcher. A switcher who has already asked for the cancellation chose not to keep the number: porting it
 * is no longer possible, so the question is not put to them.
 */
const fromV4 = (session: SessionV4): SessionV5 => {
  const { identityDocument, ...otherAnswers } = session.answers;
  const chosenDocument = identityDocument === "ptpCpp" ? undefined : identityDocument;
  const answers: Answers = {
    ...otherAnswers,
    ...(chosenDocument && { identityDocument: chosenDocument }),
    ...(session.followUp.request && isAsked("keepNumber", otherAnswers) && { keepNumber: "no" as const }),
  };
  const ticks = session.ticks.filter((tick) => tick !== "ptpCpp");
  return { ...session, version: 5, answers, ticks, ...standingAtTheQuestionAskedAgain(session, answers) };
};

const askedAgainInV5: readonly QuestionId[] = ["keepNumber", "identityDocument"];

/**
 * Someone who stood past a question v5 asks again stands at it, the pages before it kept for Back; the pages after it
 * come again with their answers kept. After the request nothing moves: the summary asks it when next reached.
 */
function standingAtTheQuestionAskedAgain(
  { step, visited }: SessionV4,
  answers: Answers,
): Pick<SessionV5, "step" | "visited"> {
  const unanswered = askedAgainInV5.find(
    (question) =>
      isAsked(question, answers) && answers[question] === undefined && stepIndex(question) < stepIndex(step),
  );
  if (!unanswered || isAfterRequest(step)) return { step, visited };
  const pastIt = visited.findIndex((page) => stepIndex(page) >= stepIndex(unanswered));
  return { step: unanswered, visited: pastIt < 0 ? visited : visited.slice(0, pastIt) };
}

/** Until v6 a session held one line: it becomes the first, and the one the person is on. */
const fromV5 = ({
  step,
  answers,
  ticks,
  visited,
  followUp,
  ...session
}: SessionV5): z.input<typeof savedSessionSchema> => ({
  ...session,
  version: 6,
  lines: [{ id: 1, step, answers, ticks, visited, followUp }],
  currentLine: 1,
});

const upgradeWith =
  <Old>(schema: z.ZodMiniType<Old>, upgrade: (old: Old) => unknown) =>
  (value: unknown): unknown => {
    const parsed = schema.safeParse(value);
    return parsed.success ? upgrade(parsed.data) : undefined;
  };

/** Each older version is checked against its own schema, then lifted one version up. */
const upgrades = new Map<number, (value: unknown) => unknown>([
  [0, upgradeWith(sessionV0Schema, fromV0)],
  [1, upgradeWith(sessionV1Schema, fromV1)],
  [2, upgradeWith(sessionV2Schema, fromV2)],
  [3, upgradeWith(sessionV3Schema, fromV3)],
  [4, upgradeWith(sessionV4Schema, fromV4)],
  [5, upgradeWith(sessionV5Schema, fromV5)],
]);

const damaged: SessionReading = { ok: false, problem: "damaged" };

/** Reads anything claiming to be a saved session (stored or imported), bringing older versions up to date. */
export function migrateSession(value: unknown): SessionReading {
  if (!isRecord(value) || value.app !== appMarker) return { ok: false, problem: "notOurs" };
  let session: unknown = value;
  for (let version = versionOf(session); version < currentVersion; version = versionOf(session)) {
    const upgrade = upgrades.get(version);
    session = upgrade?.(session);
    if (session === undefined) return damaged;
  }
  const parsed = savedSessionSchema.safeParse(session);
  return parsed.success ? { ok: true, session: parsed.data } : damaged;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A missing or odd version counts as current, so that the current schema is the one to refuse it. */
const versionOf = (value: unknown): number =>
  isRecord(value) && typeof value.version === "number" && Number.isInteger(value.version)
    ? value.version
    : currentVersion;
