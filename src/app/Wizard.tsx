import { initialTransition, type SnapshotFrom, transition } from "xstate";
import { wizardMachine } from "../flow/wizardMachine.ts";
import type { Locale } from "../i18n/locales.ts";
import { today, WizardActor } from "../steps/wizard.ts";
import { restoreSnapshot } from "./session/restoreSnapshot.ts";
import { keepUnreadable, type SavedSession, type WizardStart } from "./session/savedSession.ts";
import { currentLineOf, firstLines } from "./session/sessionLines.ts";
import { startRevision } from "./session/useStoredSession.ts";
import { WizardShell } from "./WizardShell.tsx";

type WizardProps = {
  start: WizardStart;
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  storage: Storage | null;
  storageUnavailable: boolean;
  onReplaceSession: (session: SavedSession) => void;
  /** Starts a session of its own at the first question, replacing the stored one at `revision`. */
  onStartAfresh: (revision: number) => void;
  onDeleteAll: () => void;
};

/**
 * A resumed session opens its current line where the user left it; once a recorded request's due date has come, with
 * "Is the line gone?" instead (the machine allows it only from that day). One that cannot be restored opens on the
 * welcome page.
 */
function firstSnapshot(start: WizardStart, restored: SnapshotFrom<typeof wizardMachine> | null) {
  if (restored) {
    if (restored.context.followUp.lineCheck !== null) return restored;
    return transition(wizardMachine, restored, { type: "CHECK_IN", today: today() })[0];
  }
  const [welcome] = initialTransition(wizardMachine, {});
  return start.kind === "resume" ? welcome : transition(wizardMachine, welcome, { type: "START" })[0];
}

/** The machine and every step, loaded only once the user starts or resumes. */
export default function Wizard({ start, storage, storageUnavailable, ...shellProps }: WizardProps) {
  const restored = start.kind === "resume" ? restoreSnapshot(currentLineOf(start.session), today()) : null;
  // A resumed session the pages would refuse (a day edited by hand) is kept aside like unreadable data, which a later
  // render finds kept; one that could not be kept is never saved over.
  const unreadable =
    start.kind === "resume" && !restored ? keepUnreadable(storage, JSON.stringify(start.session)) : null;
  const notKept = unreadable?.keptAside === false;
  return (
    <WizardActor.Provider options={{ snapshot: firstSnapshot(start, restored) }}>
      <WizardShell
        {...shellProps}
        storage={notKept ? null : storage}
        storageUnavailable={storageUnavailable || notKept}
        unreadable={unreadable}
        startRevision={startRevision(start)}
        startLines={start.kind === "resume" ? start.session : firstLines}
      />
    </WizardActor.Provider>
  );
}
