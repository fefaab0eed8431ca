import {
  currentVersion,
  maxLines,
  type SavedLine,
  type SavedSession,
  savedLineSchema,
} from "../../src/app/session/sessionFormat.ts";
import { optionsOf } from "../../src/flow/answers.ts";
import { noFollowUp } from "../../src/flow/followUp.ts";
import { questionIds, stepIds } from "../../src/flow/steps.ts";

/** The largest n (up to `ceiling`) for which `accepts(n)` holds, assuming it holds for every smaller n. */
function largestAccepted(accepts: (n: number) => boolean, ceiling = 100_000): number {
  let low = 0;
  let high = ceiling;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (accepts(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

const accepted = (line: SavedLine) => savedLineSchema.safeParse(line).success;

const smallest: SavedLine = {
  id: 1,
  step: "letters",
  answers: {},
  ticks: [],
  visited: [],
  followUp: noFollowUp,
};

/**
 * Characters a person can type that take the most room in a saved file: JSON writes a control character as six
 * bytes, a Chinese one as three in UTF-8, a quote as two.
 */
const widestCharacters = ["\u0001", "中", '"', "😀"] as const;

/** Puts a text the user typed into one field of the line. */
type TextField = (line: SavedLine, text: string) => SavedLine;

const letterField =
  (name: keyof SavedLine["followUp"]["letterDetails"]): TextField =>
  (line, text) => ({
    ...line,
    followUp: { ...line.followUp, letterDetails: { ...line.followUp.letterDetails, [name]: text } },
  });

const withRequest = {
  ...smallest.followUp,
  request: { date: "2026-12-01", channel: "store", code: "", chosenDate: "" },
} as const;

const textFields: TextField[] = [
  (line, code) => ({
    ...line,
    followUp: {
      ...line.followUp,
      request: { ...withRequest.request, ...line.followUp.request, code },
    },
  }),
  (line, reclamoCode) => ({
    ...line,
    followUp: { ...line.followUp, escalation: { ...line.followUp.escalation, reclamoCode } },
  }),
  letterField("holderName"),
  letterField("holderDocumentNumber"),
  letterField("representativeName"),
  letterField("representativeDocumentNumber"),
  letterField("email"),
];

/** Each free-text field filled to the most the schema accepts, in the given character. */
function withLongestTexts(line: SavedLine, character: string): SavedLine {
  return textFields.reduce((filled, write) => {
    const length = largestAccepted((n) => accepted(write(filled, character.repeat(n))), 2_000);
    return write(filled, character.repeat(length));
  }, line);
}

const longest = (values: readonly string[]) => [...values].sort((a, b) => b.length - a.length)[0] ?? "";

/** Each choice at its longest option; the typed answers at their full length. */
const longestAnswers = {
  ...Object.fromEntries(questionIds.map((question) => [question, longest(optionsOf(question) ?? [])])),
  lineNumber: "987654321",
  flightDate: "2026-12-31",
} as SavedLine["answers"];

const longestStep = longest(stepIds) as SavedLine["step"];
const longestTick = "x".repeat(
  largestAccepted((n) => accepted({ ...smallest, ticks: ["x".repeat(n)] }), 1_000),
);
const mostTicks = largestAccepted(
  (n) => accepted({ ...smallest, ticks: Array(n).fill(longestTick) }),
  10_000,
);
const mostVisited = largestAccepted(
  (n) => accepted({ ...smallest, visited: Array(n).fill(longestStep) }),
  10_000,
);

/** The largest line: every list as long and every text as long as the saved format accepts, the longest answers. */
const largestLine = (character: string): SavedLine =>
  withLongestTexts(
    {
      ...smallest,
      answers: longestAnswers,
      ticks: Array(mostTicks).fill(longestTick),
      visited: Array(mostVisited).fill(longestStep),
      followUp: { ...withRequest, lineCheck: "stillBilled" },
    },
    character,
  );

/**
 * The largest sessions the app can write: as many lines as the saved format accepts, each the largest line, in each
 * of the characters that take the most room.
 */
export const largestSessions: SavedSession[] = widestCharacters.map((character) => {
  const line = largestLine(character);
  return {
    app: "adios-chip",
    version: currentVersion,
    savedAt: "2026-12-05T10:00:00.000Z",
    revision: Number.MAX_SAFE_INTEGER,
    locale: "en",
    lines: Array.from({ length: maxLines }, (_, index) => ({ ...line, id: index + 1 })),
    currentLine: maxLines,
  };
});
