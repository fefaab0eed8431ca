import { initialTransition, type SnapshotFrom, transition } from "xstate";
import { wizardMachine } from "../flow/wizardMachine.ts";
import type { Locale } from "../i18n/locales.ts";
import { today, WizardActor } from "../steps/wizard.ts";
import { restoreSnapshot } from "./session/restoreSnapshot.ts";
import type { SavedSession, WizardStart } from "./session/savedSession.ts";
import { WizardShell } from "./WizardShell.tsx";

type WizardProps = {
  start: WizardStart;
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  storage: Storage | null;
  storageUnavailable: boolean;
  onReplaceSession: (session: SavedSession) => void;
  onDeleteAll: () => void;
};

/**
 * A resumed session opens where the user left it; once a recorded request's due date has come, with "Is the line
 * gone?" instead (the machine allows it only from that day).
 */
function firstSnapshot(start: WizardStart): SnapshotFrom<typeof wizardMachine> {
  const restored = start.kind === "resume" ? restoreSnapshot(start.session, today()) : null;
  if (restored) {
    if (restored.context.followUp.lineCheck !== null) return restored;
    return transition(wizardMachine, restored, { type: "CHECK_IN", today: today() })[0];
  }
  const [welcome] = initialTransition(wizardMachine, {});
  return transition(wizardMachine, welcome, { type: "START" })[0];
}

/** The machine and every step, loaded only once the user starts or resumes. */
export default function Wizard({ start, ...shellProps }: WizardProps) {
  return (
    <WizardActor.Provider options={{ snapshot: firstSnapshot(start) }}>
      <WizardShell
        {...shellProps}
        startRevision={start.kind === "resume" ? start.session.revision : start.revision}
      />
    </WizardActor.Provider>
  );
}
