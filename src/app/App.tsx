import { I18nProvider } from "@lingui/react";
import { useState } from "react";
import type { SnapshotFrom } from "xstate";
import type { wizardMachine } from "../flow/wizardMachine.ts";
import { activateLocale, i18n } from "../i18n/i18n.ts";
import type { Locale } from "../i18n/locales.ts";
import { WizardActor } from "../steps/wizard.ts";
import { restoreSnapshot } from "./restoreSnapshot.ts";
import type { LoadedSession } from "./savedSession.ts";
import { WizardShell } from "./WizardShell.tsx";

type AppProps = { initialLocale: Locale; loaded: LoadedSession; storage: Storage | null };

/** Wires the language, the saved session and the wizard actor; a resumed session gets a fresh actor. */
export function App({ initialLocale, loaded, storage }: AppProps) {
  const [locale, setLocale] = useState(initialLocale);
  const [run, setRun] = useState<{ id: number; snapshot?: SnapshotFrom<typeof wizardMachine> }>({ id: 0 });
  const saved = loaded.status === "ok" ? loaded.session : null;
  const resume = () => {
    const snapshot = saved && restoreSnapshot(saved);
    if (snapshot) setRun(({ id }) => ({ id: id + 1, snapshot }));
  };
  const changeLocale = (next: Locale) => {
    activateLocale(next).then(() => setLocale(next));
  };
  return (
    <I18nProvider i18n={i18n}>
      <WizardActor.Provider key={run.id} options={run.snapshot ? { snapshot: run.snapshot } : { input: {} }}>
        <WizardShell
          locale={locale}
          onLocaleChange={changeLocale}
          saved={run.id === 0 ? saved : null}
          loadStatus={loaded.status}
          storage={storage}
          onResume={resume}
        />
      </WizardActor.Provider>
    </I18nProvider>
  );
}
