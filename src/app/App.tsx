import { I18nProvider } from "@lingui/react";
import { lazy, Suspense, useEffect, useState } from "react";
import { activateLocale, i18n, loadWizardMessages } from "../i18n/i18n.ts";
import type { Locale } from "../i18n/locales.ts";
import { useText } from "../i18n/useText.ts";
import { stepTitle } from "../steps/stepTitle.ts";
import { WelcomeStep } from "../steps/WelcomeStep.tsx";
import { Layout } from "../ui/Layout.tsx";
import { LoadFailure } from "../ui/LoadFailure.tsx";
import { onFirstInteraction } from "./boot/firstInteraction.ts";
import { FailureBoundary } from "./FailureBoundary.tsx";
import { showLanguageInAddress } from "./history/languageAddress.ts";
import { lineActions } from "./lines/lineActions.ts";
import { YourLines } from "./lines/YourLines.tsx";
import { UpdatePrompt } from "./offline/UpdatePrompt.tsx";
import { DeleteMyData } from "./session/DeleteMyData.tsx";
import { SetAsidePlans } from "./session/SetAsidePlans.tsx";
import {
  type LoadedSession,
  loadSession,
  type SavedSession,
  type WizardStart,
} from "./session/savedSession.ts";
import { currentLineOf } from "./session/sessionLines.ts";
import { setAside } from "./session/setAside.ts";
import { useStoredSession } from "./session/useStoredSession.ts";
import { type Deletion, WelcomeNotices } from "./session/WelcomeNotices.tsx";

/** The wizard's chunk, with its part of the catalog in the active language. */
const loadWizard = () =>
  Promise.all([import("./Wizard.tsx"), loadWizardMessages()]).then(([wizard]) => wizard);
// Ahead of need: should it fail, the wizard's own load says so when it is needed.
const preloadWizard = () => void loadWizard().catch(() => {});
/** React keeps a lazy component that failed to load failed: trying again takes a new one, which downloads again. */
const lazyWizard = () => lazy(loadWizard);

const startRevision = (start: WizardStart) =>
  start.kind === "resume" ? start.session.revision : start.revision;

type AppProps = {
  initialLocale: Locale;
  loaded: LoadedSession;
  storage: Storage | null;
  /** A session to open at once instead of the welcome page: the address names one of its steps (a reload). */
  reopen?: WizardStart | null;
};

/**
 * The welcome page needs neither the machine nor the steps: they load in their own chunk, fetched and run at the
 * visitor's first interaction, so that Start and Resume are quick without the chunk's start-up competing with the
 * page's own. The service worker has it cached for offline use either way.
 */
export function App({ initialLocale, loaded, storage, reopen = null }: AppProps) {
  const [locale, setLocale] = useState(initialLocale);
  const session = useStoredSession(loaded, storage, reopen);
  const [Wizard, setWizard] = useState(lazyWizard);
  /** Something could not be downloaded: the language switched to, if that was it. */
  const [failure, setFailure] = useState<{ locale: Locale | null } | null>(null);
  const changeLocale = (next: Locale) => {
    activateLocale(next).then(
      () => {
        setLocale(next);
        showLanguageInAddress(next);
      },
      () => setFailure({ locale: next }),
    );
  };
  const tryAgain = () => {
    setFailure(null);
    setWizard(lazyWizard);
    // The failure took the wizard away: it comes back where the device last saved it, nothing recorded lost.
    const saved = loadSession(storage);
    if (
      session.wizard &&
      saved.status === "ok" &&
      saved.session.revision > startRevision(session.wizard.start)
    )
      session.begin({ kind: "resume", session: saved.session });
    if (failure?.locale) changeLocale(failure.locale);
  };
  useEffect(() => {
    // The app itself may have been started by that interaction (src/boot.ts).
    if (navigator.userActivation?.hasBeenActive) {
      preloadWizard();
      return;
    }
    return onFirstInteraction(preloadWizard);
  }, []);
  return (
    <I18nProvider i18n={i18n}>
      {failure ? (
        <Layout locale={locale} onLocaleChange={changeLocale}>
          <LoadFailure onRetry={tryAgain} />
        </Layout>
      ) : (
        <FailureBoundary onFailure={() => setFailure({ locale: null })}>
          {/* Around both pages: Start is a transition, so the welcome page stays until the wizard's chunk is there. */}
          <Suspense fallback={<Loading locale={locale} onLocaleChange={changeLocale} />}>
            {session.wizard ? (
              <Wizard
                key={session.wizard.key}
                start={session.wizard.start}
                locale={locale}
                onLocaleChange={changeLocale}
                storage={storage}
                storageUnavailable={loaded.status === "storageUnavailable"}
                onReplaceSession={(replacement) => session.begin({ kind: "resume", session: replacement })}
                onStartAfresh={(revision: number) => session.begin({ kind: "new", revision })}
                onDeleteAll={session.deleteAllData}
              />
            ) : (
              <Layout locale={locale} onLocaleChange={changeLocale}>
                <FirstWelcome
                  loaded={session.loaded}
                  deletion={session.deletion}
                  starting={session.starting}
                  onStart={session.begin}
                  onShow={session.show}
                  onDeleteAll={session.deleteAllData}
                  storage={storage}
                />
              </Layout>
            )}
          </Suspense>
        </FailureBoundary>
      )}
      <UpdatePrompt />
    </I18nProvider>
  );
}

type FirstWelcomeProps = {
  loaded: LoadedSession;
  deletion: Deletion;
  starting: boolean;
  onStart: (start: WizardStart) => void;
  onShow: (session: SavedSession) => void;
  onDeleteAll: () => void;
  storage: Storage | null;
};

function FirstWelcome({
  loaded,
  deletion,
  starting,
  onStart,
  onShow,
  onDeleteAll,
  storage,
}: FirstWelcomeProps) {
  const t = useText();
  const saved: SavedSession | null = loaded.status === "ok" ? loaded.session : null;
  const current = saved && currentLineOf(saved);
  const startAfresh = () => onStart({ kind: "new", revision: saved?.revision ?? 0 });
  const open = (session: SavedSession) => onStart({ kind: "resume", session });
  return (
    <>
      <WelcomeNotices loaded={loaded} deletion={deletion} />
      <WelcomeStep
        resumable={
          saved &&
          current && {
            stepTitle: stepTitle(current.step, current.answers, t),
            savedAt: new Date(saved.savedAt),
            lineCount: saved.lines.length,
          }
        }
        lines={
          saved && (
            <YourLines
              session={saved}
              shownLine={saved.currentLine}
              shownNote={t("lines.resumeOpens")}
              {...lineActions(saved, { storage, open, show: onShow })}
            />
          )
        }
        onStart={startAfresh}
        onResume={() => saved && onStart({ kind: "resume", session: saved })}
        onStartAgain={() => {
          if (saved && !setAside(storage, saved)) return false;
          startAfresh();
          return true;
        }}
      />
      <SetAsidePlans
        storage={storage}
        current={saved}
        onBringBack={(session) => onStart({ kind: "resume", session })}
      />
      {starting && (
        <p className="shown-if-slow" role="status">
          {t("app.loading")}
        </p>
      )}
      <DeleteMyData onDelete={onDeleteAll} />
    </>
  );
}

function Loading(props: { locale: Locale; onLocaleChange: (locale: Locale) => void }) {
  const t = useText();
  return (
    <Layout {...props}>
      <p role="status">{t("app.loading")}</p>
    </Layout>
  );
}
