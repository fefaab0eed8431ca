import type { SnapshotFrom } from "xstate";
import type { IsoDate } from "../../content/fact.ts";
import type { Answers } from "../../flow/answers.ts";
import { journeyFor } from "../../flow/journey.ts";
import { keptEntryRefusal } from "../../flow/keptEntries.ts";
import type { StepId } from "../../flow/steps.ts";
import { wizardMachine } from "../../flow/wizardMachine.ts";
import type { SavedLine } from "./sessionFormat.ts";

/**
 * Rebuilds the machine's snapshot at the line's saved step, as this device stored it; null if the machine cannot stand
 * in that state, or a page would refuse on `today` what the line holds (a day edited by hand).
 */
export function restoreSnapshot(line: SavedLine, today: IsoDate): SnapshotFrom<typeof wizardMachine> | null {
  return keptEntryRefusal(line, today, "thisDevice") ? null : snapshotAt(line);
}

/** The machine's snapshot at the line's saved step; null if the machine cannot stand in that state. */
export function snapshotAt(line: SavedLine): SnapshotFrom<typeof wizardMachine> | null {
  const historyLost = line.visited.length === 0 && line.step !== "welcome";
  const snapshot = wizardMachine.resolveState({
    value: line.step,
    context: {
      answers: line.answers,
      ticks: line.ticks,
      visited: historyLost ? wayTo(line.step, line.answers) : line.visited,
      error: null,
      returningToSummary: false,
      changing: null,
      followUp: line.followUp,
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
