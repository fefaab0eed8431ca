import { I18nProvider } from "@lingui/react";
import { lazy, Suspense, useEffect, useState } from "react";
import { activateLocale, i18n, loadWizardMessages } from "../i18n/i18n.ts";
import type { Locale } from "../i18n/locales.ts";
import { useText } from "../i18n/useText.ts";
import { WelcomeStep } from "../steps/WelcomeStep.tsx";
import { Layout } from "../ui/Layout.tsx";
import { LoadFailure } from "../ui/LoadFailure.tsx";
import { onFirstInteraction } from "./boot/firstInteraction.ts";
import { FailureBoundary } from "./FailureBoundary.tsx";
import { showLanguageInAddress } from "./history/languageAddress.ts";
import { UpdatePrompt } from "./offline/UpdatePrompt.tsx";
import { DeleteMyData } from "./session/DeleteMyData.tsx";
import type { LoadedSession, SavedSession, WizardStart } from "./session/savedSession.ts";
import { readStoredSession, savedWorkLoaded } from "./session/savedWork.ts";
import { startRevision, useStoredSession } from "./session/useStoredSession.ts";
import { type Deletion, WelcomeNotices } from "./session/WelcomeNotices.tsx";

/** The wizard's chunk, with its part of the catalog in the active language. */
const loadWizard = () =>
  Promise.all([import("./Wizard.tsx"), loadWizardMessages()]).then(([wizard]) => wizard);
// Ahead of need: should it fail, the wizard's own load says so when it is needed.
const preloadWizard = () => void loadWizard().catch(() => {});
/** React keeps a lazy component that failed to load failed: trying again takes a new one, which downloads again. */
const lazyWizard = () => lazy(loadWizard);

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
    const { wizard } = session;
    if (wizard)
      readStoredSession(storage).then(
        (saved) => {
          if (saved.status === "ok" && saved.session.revision > startRevision(wizard.start))
            session.begin({ kind: "resume", session: saved.session });
        },
        () => {},
      );
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
  const savedWork = savedWorkLoaded();
  return (
    <>
      <WelcomeNotices loaded={loaded} deletion={deletion} />
      {loaded.status === "ok" && savedWork ? (
        <savedWork.SavedWelcome saved={loaded.session} storage={storage} onStart={onStart} onShow={onShow} />
      ) : (
        <WelcomeStep resumable={null} onStart={() => onStart({ kind: "new", revision: 0 })} />
      )}
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
