import type { SnapshotFrom } from "xstate";
import type { IsoDate } from "../../content/fact.ts";
import type { Answers } from "../../flow/answers.ts";
import { journeyFor } from "../../flow/journey.ts";
import { keptEntryRefusal } from "../../flow/keptEntries.ts";
import type { StepId } from "../../flow/steps.ts";
import { wizardMachine } from "../../flow/wizardMachine.ts";
import type { SavedSession } from "./savedSession.ts";

/**
 * Rebuilds the machine's snapshot at the saved step; null if the machine cannot stand in that state, or a page would
 * refuse on `today` what the session holds.
 */
export function restoreSnapshot(
  session: SavedSession,
  today: IsoDate,
): SnapshotFrom<typeof wizardMachine> | null {
  if (keptEntryRefusal(session, today)) return null;
  const historyLost = session.visited.length === 0 && session.step !== "welcome";
  const snapshot = wizardMachine.resolveState({
    value: session.step,
    context: {
      answers: session.answers,
      ticks: session.ticks,
      visited: historyLost ? wayTo(session.step, session.answers) : session.visited,
      error: null,
      returningToSummary: false,
      changing: null,
      followUp: session.followUp,
    },
  });
  return snapshot.status === "active" ? snapshot : null;
}

/** The steps the machine passes through to reach `step` with these answers: the history old formats did not keep. */
function wayTo(step: StepId, answers: Answers): StepId[] {
  const journey = journeyFor(answers);
  const index = journey.indexOf(step);
  return index < 0 ? [] : ["welcome", ...journey.slice(0, index)];
}
