import type { SnapshotFrom } from "xstate";
import { wizardMachine } from "../flow/wizardMachine.ts";
import type { SavedSession } from "./savedSession.ts";

/** Rebuilds the machine's snapshot at the saved step; null if the machine cannot stand in that state. */
export function restoreSnapshot(session: SavedSession): SnapshotFrom<typeof wizardMachine> | null {
  const snapshot = wizardMachine.resolveState({
    value: session.step,
    context: {
      answers: session.answers,
      ticks: session.ticks,
      visited: session.visited,
      error: null,
      returningToSummary: false,
      changing: null,
    },
  });
  return snapshot.status === "active" ? snapshot : null;
}
