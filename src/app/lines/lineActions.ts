import { type SavedSession, saveSession, toSavedSession } from "../session/savedSession.ts";
import { withAnotherLine, withLineOpen, withOnlyLine, withoutLine } from "../session/sessionLines.ts";
import { setAside } from "../session/setAside.ts";

type LineActionsOptions = {
  storage: Storage | null;
  /** Opens the session in the wizard, at the line it names. */
  open: (session: SavedSession) => void;
  /** Shows the session as now stored, once a line has left it. */
  show: (session: SavedSession) => void;
};

/**
 * What the list of lines can do with the saved session, read at the moment it acts (a tick or a language changed since
 * the list was drawn is in it): open a line, plan another, remove one (kept aside).
 */
export function lineActions(current: () => SavedSession, { storage, open, show }: LineActionsOptions) {
  return {
    onOpen: (id: number) => open(withLineOpen(current(), id)),
    onPlanAnother: () => open(withAnotherLine(current())),
    onRemove: (id: number): boolean => {
      const saved = current();
      const line = saved.lines.find((each) => each.id === id);
      const rest = withoutLine(saved, id);
      if (!line || !rest || !setAside(storage, withOnlyLine(saved, line))) return false;
      const outcome = saveSession(storage, rest, saved.revision);
      if (outcome.status !== "saved") return false;
      show(toSavedSession(rest, outcome.revision));
      return true;
    },
  };
}
