import { useEffect, useState, useTransition } from "react";
import { addressOf } from "../history/stepAddress.ts";
import type { LoadedSession, SavedSession, WizardStart } from "./savedSession.ts";
import { readStoredSession } from "./savedWork.ts";
import { deleteStoredData, touchesSession } from "./storageKeys.ts";
import type { Deletion } from "./WelcomeNotices.tsx";

/** The revision of the stored session that a wizard's start resumes, or replaces. */
export const startRevision = (start: WizardStart): number =>
  start.kind === "resume" ? start.session.revision : start.revision;

/**
 * The app's view of the saved session: what the welcome page offers (kept fresh when another tab saves), which
 * wizard runs (a new key remounts it on an imported or newer session), and "Delete my data".
 */
export function useStoredSession(
  initial: LoadedSession,
  storage: Storage | null,
  reopen: WizardStart | null,
) {
  const [loaded, setLoaded] = useState(initial);
  const [wizard, setWizard] = useState<{ start: WizardStart; key: number } | null>(
    reopen && { start: reopen, key: 1 },
  );
  const [deletion, setDeletion] = useState<Deletion>(null);
  const [starting, startTransition] = useTransition();

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (touchesSession(event)) readStoredSession(storage).then(setLoaded, () => {});
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [storage]);

  // A transition: the page in view stays until the wizard's chunk is there, rather than a loading page flashing by.
  const begin = (start: WizardStart) =>
    startTransition(() => {
      setDeletion(null);
      setWizard((current) => ({ start, key: (current?.key ?? 0) + 1 }));
    });

  return {
    loaded,
    wizard,
    deletion,
    begin,
    /** Shows the session as now stored, on the welcome page. */
    show: (session: SavedSession) => setLoaded({ status: "ok", session }),
    /** Start or Resume was pressed and the wizard is still loading. */
    starting,
    deleteAllData: () => {
      const outcome = deleteStoredData(storage) ? "done" : "failed";
      setDeletion((previous) => ({ outcome, id: (previous?.id ?? 0) + 1 }));
      // Deleted, nothing is left to read; refused, the page shows what the device still holds.
      if (outcome === "done" && storage) setLoaded({ status: "none" });
      else void readStoredSession(storage).then(setLoaded, () => {});
      setWizard(null);
      window.history.replaceState(null, "", addressOf("welcome"));
    },
  };
}
