import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { restoreSnapshot } from "../../../src/app/session/restoreSnapshot.ts";
import {
  backupKey,
  loadSession,
  saveSession,
  sessionContent,
  sessionKey,
} from "../../../src/app/session/savedSession.ts";
import { maxImportBytes, readSessionText, sessionFileText } from "../../../src/app/session/sessionFile.ts";
import {
  currentVersion,
  maxLines,
  maxVisited,
  type SavedLine,
  type SavedSession,
  type SessionV0,
  type SessionV1,
  type SessionV2,
  type SessionV3,
  type SessionV4,
  type SessionV5,
  savedSessionSchema,
  sessionV1Schema,
  sessionV3Schema,
  sessionV4Schema,
} from "../../../src/app/session/sessionFormat.ts";
import { currentLineOf } from "../../../src/app/session/sessionLines.ts";
import { migrateSession } from "../../../src/app/session/sessionMigrations.ts";
import { carrierChannels } from "../../../src/flow/answerOptions.ts";
import { answerSchemas } from "../../../src/flow/answers.ts";
import { flightQuestionFirstAsked } from "../../../src/flow/flight.ts";
import { type FollowUp, lineChecks, noFollowUp } from "../../../src/flow/followUp.ts";
import {
  escalationRecorded,
  letterDetailsRecorded,
  lineCheckRecorded,
  type Recorded,
  requestRecorded,
} from "../../../src/flow/followUpStates.ts";
import { journeyFor } from "../../../src/flow/journey.ts";
import { questionIds, showsRecordedRequest, stepIds } from "../../../src/flow/steps.ts";
import { locales } from "../../../src/i18n/locales.ts";
import { largestSessions } from "../../support/largestSession.ts";

/** The day the sessions are read on: after every day they hold, as the pages' rules want. */
const readingDay = "2028-06-30";

let runs = 0;
afterAll(() => {
  console.log(`fast-check runs: ${runs}`);
});

/** Runs a property, counting its runs towards the total printed at the end. */
function check<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, predicate: (value: T) => void) {
  fc.assert(
    fc.property(arbitrary, (value) => {
      runs += 1;
      predicate(value);
    }),
    { numRuns },
  );
}

function memoryStorage(items = new Map<string, string>()): Storage {
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

const storageHolding = (raw: string) => memoryStorage(new Map([[sessionKey, raw]]));

/**
 * Whatever the loader or the importer accepts must be a current session whose every line the wizard can stand in
 * and draw.
 */
function expectUsable(session: SavedSession) {
  expect(savedSessionSchema.safeParse(session).success).toBe(true);
  for (const line of session.lines) {
    expect(restoreSnapshot(line, readingDay)?.status).toBe("active");
    expect(() => journeyFor(line.answers)).not.toThrow();
  }
}

function expectLoaderSafe(raw: string) {
  const loaded = loadSession(storageHolding(raw));
  if (loaded.status === "ok") expectUsable(loaded.session);
  else expect(loaded.status).toBe("unreadable");
}

function expectImporterSafe(text: string) {
  const imported = readSessionText(text, readingDay);
  if (imported.ok) expectUsable(imported.session);
}

/** A day from `first` to the end of 2027: within the holiday table and past it. */
const isoDayFrom = (first: string) =>
  fc
    .date({ min: new Date(`${first}T00:00:00Z`), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

// Valid sessions, built from the options of the schemas the app itself uses.
const option = <T extends string>(values: readonly T[]) => fc.constantFrom(...values);
const oldAnswers = sessionV1Schema.shape.answers.shape;
/** The answers as versions 0 to 3 knew them: their options, frozen in the old formats. */
const answerArbitrariesV0toV3 = {
  reason: option(oldAnswers.reason.def.innerType.options),
  cardStatus: option(oldAnswers.cardStatus.def.innerType.options),
  planType: option(oldAnswers.planType.def.innerType.options),
  carrier: option(oldAnswers.carrier.def.innerType.options),
  lineNumber: fc.oneof(fc.constant(""), fc.stringMatching(/^9\d{8}$/)),
  holder: option(oldAnswers.holder.def.innerType.options),
  identityDocument: option(oldAnswers.identityDocument.def.innerType.options),
  channel: option(oldAnswers.channel.def.innerType.options),
};
const answersV0toV3 = fc.record(answerArbitrariesV0toV3, { requiredKeys: [] });
const answersV4Only = sessionV4Schema.shape.answers.shape;
/** The answers as version 4 knew them: "PTP or CPP" still one option, no question of keeping the number. */
const answersV4 = fc.record(
  {
    ...answerArbitrariesV0toV3,
    whereabouts: option(answersV4Only.whereabouts.def.innerType.options),
    receivesSms: option(answersV4Only.receivesSms.def.innerType.options),
    channel: option(answersV4Only.channel.def.innerType.options),
  },
  { requiredKeys: [] },
);
const answerArbitraries = {
  reason: option(answerSchemas.reason.options),
  whereabouts: option(answerSchemas.whereabouts.options),
  cardStatus: option(answerSchemas.cardStatus.options),
  receivesSms: option(answerSchemas.receivesSms.options),
  planType: option(answerSchemas.planType.options),
  carrier: option(answerSchemas.carrier.options),
  lineNumber: fc.oneof(fc.constant(""), fc.stringMatching(/^9\d{8}$/)),
  flightDate: fc.oneof(fc.constant(""), isoDayFrom(flightQuestionFirstAsked)),
  holder: option(answerSchemas.holder.options),
  identityDocument: option(answerSchemas.identityDocument.options),
  channel: option(answerSchemas.channel.options),
};
const answers = fc.record(answerArbitraries, { requiredKeys: [] });
const savedAt = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString());
const step = option(stepIds);
const ticks = fc.array(fc.stringMatching(/^[a-zA-Z]{1,40}$/), { maxLength: 100 });
const visited = fc.array(option(stepIds), { maxLength: maxVisited });
/** Sessions saved before v3 stop at a step of the plan: the pages after the request came with v3. */
const planStep = option(sessionV1Schema.shape.step.options);
const planVisited = fc.array(planStep, { maxLength: maxVisited });
const stepV3 = option(sessionV3Schema.shape.step.options);
const stepV4 = option(sessionV4Schema.shape.step.options);

const isoDay = isoDayFrom("2025-01-01");
const optionalIsoDay = fc.oneof(fc.constant(""), isoDay);
const typedText = (maxLength: number) =>
  fc
    .string({ unit: "grapheme", maxLength })
    .map((text) => text.trim())
    .filter((text) => text.length <= maxLength);

/** The records made after the request: free text in any script, dates within the holiday table and past it. */
const typedRecords: fc.Arbitrary<FollowUp> = fc.record({
  request: fc.option(
    fc.record({
      date: isoDay,
      channel: option(carrierChannels),
      code: typedText(60),
      chosenDate: optionalIsoDay,
    }),
    { nil: null },
  ),
  lineCheck: fc.option(option(lineChecks), { nil: null }),
  escalation: fc.record({
    reclamoDate: optionalIsoDay,
    reclamoCode: typedText(60),
    answerDate: optionalIsoDay,
  }),
  letterDetails: fc.record({
    holderName: typedText(120),
    holderDocumentNumber: typedText(20),
    representativeName: typedText(120),
    representativeDocumentNumber: typedText(20),
    email: typedText(120),
  }),
});

/**
 * The records as the pages would have taken them by `readingDay`: a chosen day they refuse is left empty, and so is a
 * day of the way up (the answer's first, then the reclamo's).
 */
function asThePagesTakeThem({ request, lineCheck, escalation, letterDetails }: FollowUp): FollowUp {
  const firstTaken = (tries: Recorded[]) => {
    const taken = tries.find((recorded) => recorded.ok);
    if (!taken) throw new Error("The pages refused every try");
    return taken.followUp;
  };
  let records = noFollowUp;
  if (request)
    records = firstTaken([
      requestRecorded(records, request, readingDay),
      requestRecorded(records, { ...request, chosenDate: "" }, readingDay),
    ]);
  if (lineCheck) records = firstTaken([lineCheckRecorded(records, lineCheck)]);
  records = firstTaken([
    escalationRecorded(records, escalation, readingDay),
    escalationRecorded(records, { ...escalation, answerDate: "" }, readingDay),
    escalationRecorded(records, { ...escalation, reclamoDate: "", answerDate: "" }, readingDay),
  ]);
  return firstTaken([letterDetailsRecorded(records, letterDetails)]);
}

const followUp = typedRecords.map(asThePagesTakeThem);

/** What one line holds apart from its number: where it stopped, its answers, ticks, way there and follow-up. */
const lineFields: fc.Arbitrary<Omit<SavedLine, "id">> = fc
  .record({ step, answers, ticks, visited, followUp })
  // A page showing the request stands only once one is recorded.
  .map((line) =>
    showsRecordedRequest(line.step) && line.followUp.request === null
      ? { ...line, step: "requestMade" as const }
      : line,
  );

/** A line's number: often small, as the app gives them, sometimes any the format accepts. */
const lineId = fc.oneof(
  fc.integer({ min: 1, max: maxLines }),
  fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
);

/** A few lines (each number once, in any order), one of them open. */
const validLines: fc.Arbitrary<Pick<SavedSession, "lines" | "currentLine">> = fc
  .uniqueArray(
    fc.tuple(lineId, lineFields).map(([id, line]) => ({ id, ...line })),
    { minLength: 1, maxLength: 4, selector: (line) => line.id },
  )
  .chain((lines) =>
    fc.constantFrom(...lines.map((line) => line.id)).map((currentLine) => ({ lines, currentLine })),
  );

const validSession: fc.Arbitrary<SavedSession> = fc
  .tuple(
    fc.record({
      app: fc.constant("adios-chip" as const),
      version: fc.constant(currentVersion),
      savedAt,
      revision: fc.nat(),
      locale: option(locales),
    }),
    validLines,
  )
  .map(([session, lines]) => ({ ...session, ...lines }));

/** v5, the last format with one line: that line's fields beside the session's own. */
const validV5: fc.Arbitrary<SessionV5> = fc
  .tuple(validSession, lineFields)
  .map(([{ lines: _lines, currentLine: _open, ...session }, line]) => ({
    ...session,
    ...line,
    version: 5 as const,
  }));

const validV1: fc.Arbitrary<SessionV1> = fc.record({
  app: fc.constant("adios-chip" as const),
  version: fc.constant(1 as const),
  savedAt,
  locale: option(locales),
  step: planStep,
  answers: answersV0toV3,
  ticks,
  visited: planVisited,
});

const validV2: fc.Arbitrary<SessionV2> = fc
  .tuple(validV1, fc.nat())
  .map(([session, revision]) => ({ ...session, version: 2 as const, revision }));

const validV3: fc.Arbitrary<SessionV3> = fc
  .record({
    session: validV2,
    step: stepV3,
    visited: fc.array(stepV3, { maxLength: maxVisited }),
    followUp,
  })
  .map(({ session, step, visited, followUp }) => ({
    ...session,
    version: 3 as const,
    // A page showing the request stands only once one is recorded.
    step: showsRecordedRequest(step) && followUp.request === null ? ("requestMade" as const) : step,
    visited,
    followUp,
  }));

const validV4: fc.Arbitrary<SessionV4> = fc
  .record({
    session: validV3,
    step: stepV4,
    visited: fc.array(stepV4, { maxLength: maxVisited }),
    answers: answersV4,
  })
  .map(({ session, step, visited, answers }) => ({
    ...session,
    version: 4 as const,
    step: showsRecordedRequest(step) && session.followUp.request === null ? ("requestMade" as const) : step,
    visited,
    answers,
  }));

const validV0: fc.Arbitrary<SessionV0> = fc
  .record({ savedAt, step: planStep, ticks, answers: answersV0toV3 })
  .map(({ answers: flat, ...rest }) => ({
    app: "adios-chip" as const,
    version: 0 as const,
    ...rest,
    ...flat,
  }));

const fieldNames = ["app", "version", "savedAt", "revision", "locale", "lines", "currentLine"];
const lineFieldNames = ["id", "step", "answers", "ticks", "visited", "followUp"];

/** The lines of a session and one more, under a number none of them has. */
const withOneLineMore = (session: SavedSession): SavedSession => {
  const line = currentLineOf(session);
  return {
    ...session,
    lines: [...session.lines, { ...line, id: Math.max(...session.lines.map(({ id }) => id)) + 1 }],
  };
};

/** Chromium keeps about 5 million UTF-16 code units of local storage for each site. */
const chromiumStorageUnits = 5_000_000;

// Thousands of runs each: bounded well above what they take on a slow machine.
describe("saved sessions under generated input", { timeout: 60_000 }, () => {
  it("the loader never throws on random JSON or text, and accepts only usable sessions", () => {
    check(fc.oneof(fc.json(), fc.string()), 2_000, expectLoaderSafe);
  });

  it("migrations and the importer never throw on any value", () => {
    check(fc.anything(), 2_000, (value) => {
      const reading = migrateSession(value);
      if (reading.ok) expectUsable(reading.session);
      expectImporterSafe(JSON.stringify(value) ?? "undefined");
    });
  });

  it("a valid session of several lines round-trips through the device's storage: the same lines, the same one open", () => {
    check(validSession, 1_500, (session) => {
      const storage = memoryStorage();
      storage.setItem(sessionKey, JSON.stringify(session));
      expect(loadSession(storage)).toEqual({ status: "ok", session });
      expectUsable(session);

      const fresh = memoryStorage();
      const saved = saveSession(fresh, session, 0, new Date(session.savedAt));
      expect(saved).toEqual({ status: "saved", revision: 1 });
      const loaded = loadSession(fresh);
      expect(loaded).toEqual({ status: "ok", session: { ...session, revision: 1 } });
      if (loaded.status !== "ok") return;
      expect(loaded.session.lines.map((line) => line.id)).toEqual(session.lines.map((line) => line.id));
      expect(currentLineOf(loaded.session)).toEqual(currentLineOf(session));
    });
  });

  it("saving what the wizard holds changes the open line alone: every other line comes back as it was", () => {
    check(fc.tuple(validSession, lineFields), 1_000, ([session, { step, ...wizard }]) => {
      const context = { ...wizard, error: null, returningToSummary: false, changing: null };
      const content = sessionContent(session, step, context, session.locale);
      const storage = memoryStorage();
      expect(saveSession(storage, content, 0)).toEqual({ status: "saved", revision: 1 });
      const loaded = loadSession(storage);
      if (loaded.status !== "ok") throw new Error(`the saved session did not load back: ${loaded.status}`);
      expect(loaded.session.currentLine).toBe(session.currentLine);
      expect(loaded.session.lines).toEqual(
        session.lines.map((line) =>
          line.id === session.currentLine ? { id: line.id, step, ...wizard } : line,
        ),
      );
    });
  });

  it("a valid session of several lines round-trips through a downloaded file", () => {
    check(validSession, 1_000, (session) => {
      expect(readSessionText(sessionFileText(session), readingDay)).toEqual({ ok: true, session });
    });
  });

  it.each(
    largestSessions.map(
      (session) => [currentLineOf(session).followUp.letterDetails.email.slice(0, 1), session] as const,
    ),
  )(
    "the largest file the app can write (%j in every text of its every line) is imported back, with room to spare under the limit",
    (_, session) => {
      expect(session.lines).toHaveLength(maxLines);
      expect(savedSessionSchema.safeParse(withOneLineMore(session)).success).toBe(false);
      const text = sessionFileText(session);
      expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(maxImportBytes / 2);
      expect(readSessionText(text, readingDay)).toEqual({ ok: true, session });
    },
  );

  it.each(
    largestSessions.map(
      (session) => [currentLineOf(session).followUp.letterDetails.email.slice(0, 1), session] as const,
    ),
  )(
    "the largest session (%j in every text), saved and a copy of it set aside by Start again, fits the device's storage",
    (_, session) => {
      const stored = JSON.stringify(session);
      const setAsideList = JSON.stringify([stored]);
      expect(stored.length + setAsideList.length).toBeLessThanOrEqual(chromiumStorageUnits);
    },
  );

  it("older formats are never lost: each migrates with its answers and step, or stands at a question asked again", () => {
    check(fc.oneof(validV0, validV1, validV2, validV3, validV4), 1_000, (old) => {
      const loaded = loadSession(storageHolding(JSON.stringify(old)));
      if (loaded.status !== "ok") throw new Error(`lost a valid v${old.version} session`);
      expect(loaded.session).toMatchObject({ lines: [{ id: 1 }], currentLine: 1 });
      const { step, answers } = currentLineOf(loaded.session);
      if (step !== old.step) {
        expect(["keepNumber", "identityDocument"]).toContain(step);
        expect(answers[step as "keepNumber" | "identityDocument"]).toBeUndefined();
      }
      expect(loaded.session.savedAt).toBe(old.savedAt);
      const oldAnswers: Record<string, string | undefined> = "answers" in old ? old.answers : old;
      const { whereabouts, identityDocument, keepNumber, ...answered } = answers;
      const newlyAnswered = ["whereabouts", "identityDocument", "keepNumber"];
      for (const question of questionIds.filter((id) => !newlyAnswered.includes(id)))
        expect(answered[question as keyof typeof answered]).toBe(oldAnswers[question]);
      // A switcher who had asked for the cancellation did not keep the number; nobody else has answered yet.
      const askedForTheCancellation = "followUp" in old && old.followUp.request !== null;
      expect(keepNumber).toBe(
        askedForTheCancellation && oldAnswers.reason === "switchingCarrier" ? "no" : undefined,
      );
      // "PTP or CPP" does not say which of the two it was: that answer alone is asked again.
      expect(identityDocument).toBe(
        oldAnswers.identityDocument === "ptpCpp" ? undefined : oldAnswers.identityDocument,
      );
      // Before v4, the only way out of Peru the app knew was the reason "leaving Peru".
      const before = oldAnswers.reason === "leavingPeru" ? "leaving" : "inPeru";
      expect(whereabouts).toBe(old.version === 4 ? oldAnswers.whereabouts : before);
      expectUsable(loaded.session);
    });
  });

  it("a v5 session becomes the first line of a v6 one, open, every field as it was", () => {
    check(validV5, 1_000, ({ step, answers, ticks, visited, followUp, ...session }) => {
      const loaded = loadSession(
        storageHolding(JSON.stringify({ step, answers, ticks, visited, followUp, ...session })),
      );
      expect(loaded).toEqual({
        status: "ok",
        session: {
          ...session,
          version: currentVersion,
          lines: [{ id: 1, step, answers, ticks, visited, followUp }],
          currentLine: 1,
        },
      });
    });
  });

  it("mutated sessions are refused or still usable, never thrown on", () => {
    const anyValue = fc.option(fc.anything(), { nil: undefined });
    const mutatedSession = fc
      .tuple(validSession, option(fieldNames), anyValue)
      .map(([session, field, value]) => ({ ...session, [field]: value }));
    const mutatedLine = fc
      .tuple(validSession, fc.nat(), option(lineFieldNames), anyValue)
      .map(([session, index, field, value]) => {
        const at = index % session.lines.length;
        const lines = session.lines.map((line, lineIndex) =>
          lineIndex === at ? { ...line, [field]: value } : line,
        );
        return { ...session, lines };
      });
    check(fc.oneof(mutatedSession, mutatedLine), 1_500, (session) => {
      expectLoaderSafe(JSON.stringify(session));
      expectImporterSafe(JSON.stringify(session));
    });
  });

  it("a session cut short is kept aside, byte for byte", () => {
    const truncated = validSession
      .chain((session) => {
        const raw = JSON.stringify(session);
        return fc.nat({ max: raw.length - 1 }).map((length) => raw.slice(0, length));
      })
      .filter((raw) => raw.length > 0);
    check(truncated, 1_000, (raw) => {
      const storage = storageHolding(raw);
      expect(loadSession(storage)).toEqual({ status: "unreadable", keptAside: true, everyUnreadable: [raw] });
      expect(storage.getItem(backupKey)).toBe(raw);
      expect(storage.getItem(sessionKey)).toBe(raw);
      expect(readSessionText(raw, readingDay)).toMatchObject({ ok: false });
    });
  });

  it("a version this app never wrote is refused", () => {
    const wrongVersion = fc.oneof(
      fc.integer().filter((version) => version < 0 || version > currentVersion),
      fc.double().filter((version) => !Number.isInteger(version)),
      fc.string(),
      fc.constant(null),
    );
    check(fc.tuple(validSession, wrongVersion), 500, ([session, version]) => {
      expect(loadSession(storageHolding(JSON.stringify({ ...session, version })))).toMatchObject({
        status: "unreadable",
      });
      expect(readSessionText(sessionFileText({ ...session, version } as never), readingDay)).toEqual({
        ok: false,
        problem: "damaged",
      });
    });
  });

  it("huge strings are refused by the importer and never crash the loader", () => {
    // A random piece repeated to the length wanted: drawing tens of thousands of characters one by one is slow.
    const longText = (minLength: number, maxLength: number) =>
      fc
        .tuple(fc.string({ minLength: 1, maxLength: 50 }), fc.integer({ min: minLength, max: maxLength }))
        .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length));
    const huge = fc.oneof(
      longText(maxImportBytes + 1, maxImportBytes + 1_000),
      // Never a number: one of spaces or dashes alone is read as no number, which a session may have.
      longText(10_000, maxImportBytes + 1_000)
        .map((filler) => `x${filler}`)
        .chain((filler) =>
          validSession.map((session) =>
            JSON.stringify({
              ...session,
              lines: [{ ...currentLineOf(session), answers: { lineNumber: filler } }],
            }),
          ),
        ),
    );
    check(huge, 200, (text) => {
      expectLoaderSafe(text);
      const imported = readSessionText(text, readingDay);
      expect(imported.ok).toBe(false);
      if (text.length > maxImportBytes) expect(imported).toEqual({ ok: false, problem: "tooBig" });
    });
  });
});
