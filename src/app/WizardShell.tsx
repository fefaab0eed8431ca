import { useEffect, useLayoutEffect, useMemo } from "react";
import { partOf } from "../flow/parts.ts";
import { firstQuestion, type StepId } from "../flow/steps.ts";
import { holdsAnything, stepOf } from "../flow/wizardMachine.ts";
import type { Locale } from "../i18n/locales.ts";
import { useText } from "../i18n/useText.ts";
import { stepTitle } from "../steps/stepTitle.ts";
import { WelcomeStep } from "../steps/WelcomeStep.tsx";
import { LivePage, SessionLines, WizardActor } from "../steps/wizard.ts";
import { afterNextPaint } from "../ui/afterNextPaint.ts";
import { BackLink } from "../ui/BackLink.tsx";
import { Layout } from "../ui/Layout.tsx";
import { PageNotes } from "../ui/PageNotes.tsx";
import { Progress } from "../ui/Progress.tsx";
import { usePreparedDateFormat } from "../ui/readableDate.ts";
import { addressOf } from "./history/stepAddress.ts";
import { useBrowserHistory } from "./history/useBrowserHistory.ts";
import { lineActions } from "./lines/lineActions.ts";
import { YourLines } from "./lines/YourLines.tsx";
import { PagesAhead, shownHeading } from "./PagesAhead.tsx";
import { DeleteMyData } from "./session/DeleteMyData.tsx";
import { SessionConflictNotice } from "./session/SessionConflictNotice.tsx";
import { SessionTools } from "./session/SessionTools.tsx";
import type { SavedSession, UnreadableData } from "./session/savedSession.ts";
import { setAside } from "./session/setAside.ts";
import { useSessionSync, useWarningOnce } from "./session/useSessionSync.ts";
import { WelcomeNotices } from "./session/WelcomeNotices.tsx";

type WizardShellProps = {
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  storage: Storage | null;
  /** The welcome page already said that nothing can be saved. */
  storageUnavailable: boolean;
  startRevision: number;
  startLines: Pick<SavedSession, "lines" | "currentLine">;
  /** A resumed session the pages would refuse, kept aside: the welcome page offers it for download. */
  unreadable: UnreadableData | null;
  onReplaceSession: (session: SavedSession) => void;
  onStartAfresh: (revision: number) => void;
  onDeleteAll: () => void;
};

export function WizardShell({
  locale,
  onLocaleChange,
  storage,
  storageUnavailable,
  startRevision,
  startLines,
  unreadable,
  onReplaceSession,
  onStartAfresh,
  onDeleteAll,
}: WizardShellProps) {
  const t = useText();
  const actor = WizardActor.useActorRef();
  const step = WizardActor.useSelector(stepOf);
  const answers = WizardActor.useSelector((snapshot) => snapshot.context.answers);
  const rejection = WizardActor.useSelector((snapshot) => snapshot.context.error);
  const holdsWork = WizardActor.useSelector((snapshot) => holdsAnything(snapshot.context));
  const previousStep = WizardActor.useSelector((snapshot) => snapshot.context.visited.at(-1));
  const goBack = useBrowserHistory(actor, step);
  const sync = useSessionSync({ actor, storage, locale, startRevision, startLines });
  const savedLines = (shownNote: string) => {
    const session = sync.currentSession();
    return (
      <YourLines
        session={session}
        shownLine={session.currentLine}
        shownNote={shownNote}
        {...lineActions(sync.currentSession, { storage, open: onReplaceSession, show: onReplaceSession })}
      />
    );
  };
  const cannotSaveWarning = useWarningOnce(sync.saveFailed, step, storageUnavailable);
  useFocusAndTitle(step, rejection !== null, t("app.name"), t("common.errorPrefix"));
  usePreparedDateFormat(locale);

  const sessionLines = useMemo(
    () => ({ lines: startLines.lines, current: startLines.currentLine }),
    [startLines],
  );
  const part = partOf(step);
  const backLink = previousStep && <BackLink href={addressOf(previousStep)} onBack={goBack} />;
  return (
    <SessionLines.Provider value={sessionLines}>
      <Layout locale={locale} onLocaleChange={onLocaleChange} backLink={backLink}>
        {cannotSaveWarning && (
          <p className="notice" role="status">
            {t("app.cannotSave")}
          </p>
        )}
        {sync.conflict && (
          <SessionConflictNotice
            conflict={sync.conflict}
            onShowNewer={onReplaceSession}
            onKeepThisTab={sync.keepThisTab}
            onClearThisTab={onDeleteAll}
          />
        )}
        {part && <Progress {...part} />}
        {step === "welcome" ? (
          <LivePage>
            <PageNotes>
              {unreadable && (
                <WelcomeNotices loaded={{ status: "unreadable", ...unreadable }} deletion={null} />
              )}
              <WelcomeStep
                resumable={
                  holdsWork
                    ? {
                        stepTitle: stepTitle(firstQuestion, answers, t),
                        savedAt: new Date(),
                        lineCount: startLines.lines.length,
                      }
                    : null
                }
                onStart={() => actor.send({ type: "START" })}
                onResume={() => actor.send({ type: "NEXT" })}
                onStartAgain={() => {
                  const session = sync.currentSession();
                  if (!setAside(storage, session)) return false;
                  onStartAfresh(session.revision);
                  return true;
                }}
                lines={startLines.lines.length > 1 && savedLines(t("lines.resumeOpens"))}
              />
              <DeleteMyData onDelete={onDeleteAll} />
            </PageNotes>
          </LivePage>
        ) : (
          <PagesAhead
            after={
              step === "summary" ? (
                <>
                  {savedLines(t("lines.thisPlan"))}
                  <SessionTools
                    storage={storage}
                    currentSession={sync.currentSession}
                    onReplace={onReplaceSession}
                    onDeleteAll={onDeleteAll}
                  />
                </>
              ) : undefined
            }
          />
        )}
      </Layout>
    </SessionLines.Provider>
  );
}

/**
 * Each step change behaves like a new page: a title naming it, focus on its heading (GOV.UK, WCAG 2.4.2 and 2.4.3),
 * and nothing selected. The wizard mounts only when the user starts or resumes, so its first step takes focus too.
 */
function useFocusAndTitle(step: StepId, hasError: boolean, appName: string, errorPrefix: string) {
  useEffect(() =>
    afterNextPaint(() => {
      const title = shownHeading()?.textContent ?? "";
      document.title = `${hasError ? `${errorPrefix} ` : ""}${title} – ${appName}`;
    }),
  );
  // Right after the new page has painted: focusing forces a layout that the paint would otherwise wait for.
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when the step changes, not on every render.
  useEffect(() => afterNextPaint(() => shownHeading()?.focus()), [step]);
  // Nothing selected on the page left carries over, before the new page is laid out: the caret a typed answer leaves
  // would otherwise stay in the document, to be placed again by the browser at every later step change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the selection is cleared when the step changes.
  useLayoutEffect(() => document.getSelection()?.removeAllRanges(), [step]);
}
