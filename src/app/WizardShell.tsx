import { useEffect, useRef, useState } from "react";
import { progressOf } from "../flow/journey.ts";
import type { StepId } from "../flow/wizardMachine.ts";
import type { Locale } from "../i18n/locales.ts";
import { useText } from "../i18n/useText.ts";
import { stepComponents } from "../steps/stepComponents.ts";
import { WelcomeStep } from "../steps/WelcomeStep.tsx";
import { useAnswers, useCurrentStep, useRejection, WizardActor } from "../steps/wizard.ts";
import { BackLink } from "../ui/BackLink.tsx";
import { LanguageSwitch } from "../ui/LanguageSwitch.tsx";
import { Progress } from "../ui/Progress.tsx";
import { type LoadedSession, type SavedSession, saveSession, toSavedSession } from "./savedSession.ts";
import { stepTitle } from "./stepTitle.ts";
import { useBrowserHistory } from "./useBrowserHistory.ts";

type WizardShellProps = {
  locale: Locale;
  onLocaleChange: (locale: Locale) => void;
  /** The session saved on an earlier visit, offered for resuming on the welcome page. */
  saved: SavedSession | null;
  loadStatus: LoadedSession["status"];
  storage: Storage | null;
  onResume: () => void;
};

export function WizardShell({
  locale,
  onLocaleChange,
  saved,
  loadStatus,
  storage,
  onResume,
}: WizardShellProps) {
  const t = useText();
  const actor = WizardActor.useActorRef();
  const step = useCurrentStep();
  const answers = useAnswers();
  const rejection = useRejection();
  const previousStep = WizardActor.useSelector((snapshot) => snapshot.context.visited.at(-1));
  const goBack = useBrowserHistory(actor, step);
  const [cannotSave, setCannotSave] = useState(loadStatus === "storageUnavailable");
  useFocusAndTitle(step, rejection !== null, t("app.name"), t("common.errorPrefix"));

  useEffect(() => {
    const subscription = actor.subscribe((snapshot) => {
      if (snapshot.value === "welcome") return;
      const stored = saveSession(storage, toSavedSession(snapshot.value as StepId, snapshot.context, locale));
      if (!stored) setCannotSave(true);
    });
    return () => subscription.unsubscribe();
  }, [actor, storage, locale]);

  const progress = progressOf(step, answers);
  const Step = step === "welcome" ? null : stepComponents[step];
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipLink")}
      </a>
      <header className="header">
        <span className="header__name">{t("app.name")}</span>
        <LanguageSwitch current={locale} onChange={onLocaleChange} />
      </header>
      <div className="container">
        {previousStep && (
          <BackLink href={previousStep === "welcome" ? "./" : `#/${previousStep}`} onBack={goBack} />
        )}
        <main id="main">
          {cannotSave && <p className="notice">{t("app.cannotSave")}</p>}
          {loadStatus === "unreadable" && step === "welcome" && (
            <p className="notice">{t("app.unreadableSession")}</p>
          )}
          {progress && <Progress current={progress.current} total={progress.total} />}
          {Step ? (
            <Step />
          ) : (
            <WelcomeStep
              resumable={saved && { stepTitle: stepTitle(saved.step, t), savedAt: new Date(saved.savedAt) }}
              onStart={() => actor.send({ type: "START" })}
              onResume={onResume}
            />
          )}
        </main>
      </div>
    </>
  );
}

/** Each step change behaves like a new page: focus on its heading and a title naming it (GOV.UK, WCAG 2.4.2/2.4.3). */
function useFocusAndTitle(step: StepId, hasError: boolean, appName: string, errorPrefix: string) {
  const firstRender = useRef(true);
  useEffect(() => {
    const heading = document.querySelector("main h1");
    const title = heading?.textContent ?? "";
    document.title = `${hasError ? `${errorPrefix} ` : ""}${title} – ${appName}`;
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when the step changes, not on every render.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.querySelector<HTMLElement>("main h1")?.focus();
  }, [step]);
}
