import { useCallback, useEffect, useRef, useState } from "react";
import type { ActorRefFrom } from "xstate";
import type { StepId } from "../../flow/steps.ts";
import { stepOf, type wizardMachine } from "../../flow/wizardMachine.ts";
import type { Locale } from "../../i18n/locales.ts";
import { afterNextPaint } from "../../ui/afterNextPaint.ts";
import {
  compareWithStored,
  type SavedSession,
  type SessionContent,
  saveSession,
  sessionContent,
  storedRevision,
  toSavedSession,
} from "./savedSession.ts";
import { setAside } from "./setAside.ts";
import { touchesSession } from "./storageKeys.ts";

/** Another tab saved newer answers, or deleted the saved data: this tab stops saving until the user decides. */
export type SyncConflict = { kind: "newer"; session: SavedSession } | { kind: "deleted" };

type SessionSyncOptions = {
  actor: ActorRefFrom<typeof wizardMachine>;
  storage: Storage | null;
  locale: Locale;
  /** The revision of the stored session this wizard started from (0 when none). */
  startRevision: number;
  /** The session's lines as this wizard started, the one it runs among them. */
  startLines: Pick<SavedSession, "lines" | "currentLine">;
};

/**
 * Saves the session on every change of the machine, without ever writing over what another tab saved later:
 * that, and a deletion in another tab, become a conflict for the user to settle.
 */
export function useSessionSync({ actor, storage, locale, startRevision, startLines }: SessionSyncOptions) {
  const knownRevision = useRef(startRevision);
  const [conflict, setConflict] = useState<SyncConflict | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);

  /**
   * The session as last seen away from the welcome page: standing there (Back from the first question), the line keeps
   * the step it was left at, for Resume, a list of lines, or a plan set aside from there.
   */
  const awayFromWelcome = useRef<SessionContent>({
    locale,
    lines: startLines.lines,
    currentLine: startLines.currentLine,
  });
  const content = useCallback((): SessionContent => {
    const snapshot = actor.getSnapshot();
    if (snapshot.value !== "welcome")
      awayFromWelcome.current = sessionContent(startLines, stepOf(snapshot), snapshot.context, locale);
    return { ...awayFromWelcome.current, locale };
  }, [actor, locale, startLines]);

  const save = useCallback(
    (basedOn: number) => {
      if (actor.getSnapshot().value === "welcome") return;
      const outcome = saveSession(storage, content(), basedOn);
      if (outcome.status === "saved") knownRevision.current = outcome.revision;
      else if (outcome.status === "failed") setSaveFailed(true);
      else
        setConflict(
          outcome.status === "newerStored"
            ? { kind: "newer", session: outcome.session }
            : { kind: "deleted" },
        );
    },
    [actor, storage, content],
  );

  useEffect(() => {
    if (conflict) return;
    save(knownRevision.current);
    // A change is written once the page it leads to has painted: the write never delays that page. A tab hidden or
    // closed before then writes at once.
    let cancelPending: (() => void) | null = null;
    const saveNow = () => {
      cancelPending = null;
      save(knownRevision.current);
    };
    const savePending = () => {
      if (!cancelPending) return;
      cancelPending();
      saveNow();
    };
    // A hidden page may not paint until it is shown again.
    const saveIfHidden = () => {
      if (document.visibilityState === "hidden") savePending();
    };
    const subscription = actor.subscribe(() => {
      cancelPending ??= afterNextPaint(saveNow);
      saveIfHidden();
    });
    window.addEventListener("pagehide", savePending);
    document.addEventListener("visibilitychange", saveIfHidden);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("pagehide", savePending);
      document.removeEventListener("visibilitychange", saveIfHidden);
      // A wizard closed by a deletion or by another session must not write its answers back.
      cancelPending?.();
    };
  }, [actor, save, conflict]);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (!storage || !touchesSession(event)) return;
      const comparison = compareWithStored(storage, content(), knownRevision.current);
      if (comparison.status === "sameContent") knownRevision.current = comparison.revision;
      else if (comparison.status === "newerStored")
        setConflict({ kind: "newer", session: comparison.session });
      else if (comparison.status === "deletedElsewhere") setConflict({ kind: "deleted" });
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [storage, content]);

  return {
    conflict,
    saveFailed,
    /** Settles a conflict by saving this tab's answers over the stored ones, as the user asked. */
    keepThisTab: () => {
      // What the other tab saved is kept aside first: the lines it holds may differ from this tab's.
      if (conflict?.kind === "newer" && !setAside(storage, conflict.session)) {
        setSaveFailed(true);
        return;
      }
      knownRevision.current = storedRevision(storage);
      setConflict(null);
    },
    /** This tab's session as it would be saved now, e.g. for a download. */
    currentSession: () => toSavedSession(content(), knownRevision.current),
  };
}

/**
 * The "cannot save" warning is given once: on the page where saving first failed, and gone once the user moves on;
 * not at all when the welcome page already gave it.
 */
export function useWarningOnce(needed: boolean, page: StepId, alreadyGiven: boolean): boolean {
  const [givenOn, setGivenOn] = useState<StepId | "earlier" | null>(alreadyGiven ? "earlier" : null);
  // Adjusted while rendering, so that the page the user moves to never shows it, not even for a frame.
  if (givenOn === null && needed) setGivenOn(page);
  else if (givenOn !== null && givenOn !== "earlier" && givenOn !== page) setGivenOn("earlier");
  return givenOn === null ? needed : givenOn === page;
}
