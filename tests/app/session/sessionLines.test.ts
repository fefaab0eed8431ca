import { describe, expect, it } from "vitest";
import { savedSessionSchema } from "../../../src/app/session/sessionFormat.ts";
import {
  canAddLine,
  currentLineOf,
  firstLines,
  withAnotherLine,
  withLineOpen,
  withLinesOf,
  withOnlyLine,
  withoutLine,
} from "../../../src/app/session/sessionLines.ts";
import twoLines from "../../fixtures/session-v6-two-lines.json";

const session = savedSessionSchema.parse(twoLines);
const ids = (lines: { id: number }[]) => lines.map(({ id }) => id);

describe("the lines of a session", () => {
  it("plans another line without touching the others, and opens it at the first question", () => {
    const more = withAnotherLine(session);
    expect(more.lines.slice(0, 2)).toEqual(session.lines);
    expect(ids(more.lines)).toEqual([1, 3, 4]);
    expect(currentLineOf(more)).toMatchObject({ id: 4, step: "reason", answers: {}, visited: ["welcome"] });
    expect(savedSessionSchema.safeParse(more).success).toBe(true);
  });

  it("opens any line, and removes one, leaving the others as they were", () => {
    expect(currentLineOf(withLineOpen(session, 1))).toEqual(session.lines[0]);
    const rest = withoutLine(session, 3);
    expect(rest?.lines).toEqual([session.lines[0]]);
    expect(rest?.currentLine).toBe(1);
    expect(withoutLine(withOnlyLine(session, session.lines[0] as never), 1)).toBeNull();
  });

  it("brings back lines set aside after its own, renumbered, and drops a line nobody has begun", () => {
    const afresh = { ...session, ...firstLines };
    const [first, second] = session.lines;
    expect(withLinesOf(afresh, session)).toMatchObject({
      lines: [first, { ...second, id: 2 }],
      currentLine: 2,
    });
    const joined = withLinesOf(session, withOnlyLine(session, session.lines[1] as never));
    expect(ids(joined?.lines ?? [])).toEqual([1, 3, 4]);
    expect(joined?.lines[2]).toEqual({ ...session.lines[1], id: 4 });
    expect(joined?.currentLine).toBe(4);
  });

  it("stops at the most lines the format keeps", () => {
    let many = session;
    while (canAddLine(many)) many = withAnotherLine(many);
    expect(savedSessionSchema.safeParse(many).success).toBe(true);
    expect(savedSessionSchema.safeParse(withAnotherLine(many)).success).toBe(false);
    const begun = {
      ...many,
      lines: many.lines.map((line) => ({ ...line, answers: { reason: "other" as const } })),
    };
    expect(withLinesOf(begun, session)).toBeNull();
  });
});
