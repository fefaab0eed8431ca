import { noFollowUp, sameFollowUp } from "../../flow/followUp.ts";
import { firstQuestion } from "../../flow/steps.ts";
import { maxLines, type SavedLine, type SavedSession } from "./sessionFormat.ts";

type Lines = Pick<SavedSession, "lines" | "currentLine">;

/** The line the person was last on. */
export const currentLineOf = ({ lines, currentLine }: Lines): SavedLine =>
  lines.find((line) => line.id === currentLine) ?? (lines[0] as SavedLine);

/** A line nobody has answered anything for yet, at the first question, the welcome page behind it for Back. */
const freshLine = (id: number): SavedLine => ({
  id,
  step: firstQuestion,
  answers: {},
  ticks: [],
  visited: ["welcome"],
  followUp: noFollowUp,
});

/** The lines of a session started afresh: one, not yet answered. */
export const firstLines: Lines = { lines: [freshLine(1)], currentLine: 1 };

/** Whether the person has given this line anything that removing it would lose. */
export const lineHoldsAnything = (line: SavedLine): boolean =>
  Object.keys(line.answers).length > 0 || line.ticks.length > 0 || !sameFollowUp(line.followUp, noFollowUp);

const nextId = (lines: readonly SavedLine[]) => Math.max(0, ...lines.map((line) => line.id)) + 1;

export const canAddLine = ({ lines }: Lines): boolean => lines.length < maxLines;

/** The session with one more line, open at its first question; the other lines untouched. */
export function withAnotherLine<Session extends Lines>(session: Session): Session {
  const line = freshLine(nextId(session.lines));
  return { ...session, lines: [...session.lines, line], currentLine: line.id };
}

/** The session with this line open. */
export const withLineOpen = <Session extends Lines>(session: Session, id: number): Session => ({
  ...session,
  currentLine: id,
});

/** The session without this line, the last one open if it was; null when it was the only line. */
export function withoutLine<Session extends Lines>(session: Session, id: number): Session | null {
  const lines = session.lines.filter((line) => line.id !== id);
  const last = lines.at(-1);
  if (!last) return null;
  return { ...session, lines, currentLine: session.currentLine === id ? last.id : session.currentLine };
}

/** The session holding only this line: what is kept aside when the line is removed. */
export const withOnlyLine = <Session extends Lines>(session: Session, line: SavedLine): Session => ({
  ...session,
  lines: [line],
  currentLine: line.id,
});

/**
 * The session with the lines of another (one set aside, brought back) added after its own, each under a new number;
 * its own lines that hold nothing give way. Null when the lines would not fit.
 */
export function withLinesOf<Session extends Lines>(session: Session, added: Lines): Session | null {
  const kept = session.lines.filter(lineHoldsAnything);
  const first = nextId(kept);
  const renumbered = added.lines.map((line, index) => ({ ...line, id: first + index }));
  const lines = [...kept, ...renumbered];
  if (lines.length > maxLines) return null;
  const current = added.lines.findIndex((line) => line.id === added.currentLine);
  return { ...session, lines, currentLine: renumbered[Math.max(current, 0)]?.id ?? first };
}
