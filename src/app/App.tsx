import { I18nProvider } from "@lingui/react";
import { lazy, Suspense, useEffect, useState } from "react";
import { activateLocale, i18n } from "../i18n/i18n.ts";
import type { Locale } from "../i18n/locales.ts";
import { useText } from "../i18n/useText.ts";
import { WelcomeStep } from "../steps/WelcomeStep.tsx";
import { Layout } from "../ui/Layout.tsx";
import type { LoadedSession, SavedSession } from "./savedSession.ts";
import { stepTitle } from "./stepTitle.ts";
import type { WizardStart } from "./Wizard.tsx";

const loadWizard = () => import("./Wizard.tsx");
const Wizard = lazy(loadWizard);

type AppProps = { initialLocale: Locale; loaded: LoadedSession; storage: Storage | null };

/**
 * The welcome page needs neither the machine nor the steps: they load in their own chunk, fetched as soon as the
 * browser is idle so that Start and Resume are instant and the app works offline afterwards.
 */
export function App({ initialLocale, loaded, storage }: AppProps) {
  const [locale, setLocale] = useState(initialLocale);
  const [start, setStart] = useState<WizardStart | null>(null);
  const changeLocale = (next: Locale) => {
    activateLocale(next).then(() => setLocale(next));
  };
  useEffect(() => {
    const prefetch = () => void loadWizard();
    if ("requestIdleCallback" in window) requestIdleCallback(prefetch);
    else setTimeout(prefetch, 1);
  }, []);
  return (
    <I18nProvider i18n={i18n}>
      {start ? (
        <Suspense fallback={<Loading locale={locale} onLocaleChange={changeLocale} />}>
          <Wizard
            start={start}
            locale={locale}
            onLocaleChange={changeLocale}
            storage={storage}
            storageUnavailable={loaded.status === "storageUnavailable"}
          />
        </Suspense>
      ) : (
        <Layout locale={locale} onLocaleChange={changeLocale}>
          <FirstWelcome loaded={loaded} onStart={setStart} />
        </Layout>
      )}
    </I18nProvider>
  );
}

function FirstWelcome({ loaded, onStart }: { loaded: LoadedSession; onStart: (start: WizardStart) => void }) {
  const t = useText();
  const saved: SavedSession | null = loaded.status === "ok" ? loaded.session : null;
  return (
    <>
      {loaded.status === "unreadable" && <p className="notice">{t("app.unreadableSession")}</p>}
      {loaded.status === "storageUnavailable" && <p className="notice">{t("app.cannotSave")}</p>}
      <WelcomeStep
        resumable={saved && { stepTitle: stepTitle(saved.step, t), savedAt: new Date(saved.savedAt) }}
        onStart={() => onStart({ kind: "new" })}
        onResume={() => saved && onStart({ kind: "resume", session: saved })}
      />
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
