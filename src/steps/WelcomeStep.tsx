import { useLanguageTag } from "../i18n/useLocale.ts";
import { useText } from "../i18n/useText.ts";

export type ResumableSession = { stepTitle: string; savedAt: Date };

type WelcomeStepProps = {
  resumable: ResumableSession | null;
  onStart: () => void;
  onResume: () => void;
};

export function WelcomeStep({ resumable, onStart, onResume }: WelcomeStepProps) {
  const t = useText();
  const languageTag = useLanguageTag();
  return (
    <>
      <h1 tabIndex={-1}>{t("welcome.title")}</h1>
      <p className="lead">{t("welcome.intro")}</p>
      <p>{t("welcome.privacy")}</p>
      <p>{t("welcome.offline")}</p>
      {resumable ? (
        <section className="panel" aria-labelledby="saved-title">
          <h2 id="saved-title">{t("welcome.savedTitle")}</h2>
          <p>
            {t("welcome.savedDetails", {
              step: resumable.stepTitle,
              date: resumable.savedAt.toLocaleString(languageTag),
            })}
          </p>
          <div className="button-group">
            <button type="button" className="button" onClick={onResume}>
              {t("welcome.resume")}
            </button>
            <button type="button" className="button button--secondary" onClick={onStart}>
              {t("welcome.startAgain")}
            </button>
          </div>
        </section>
      ) : (
        <button type="button" className="button button--start" onClick={onStart}>
          {t("welcome.start")}
        </button>
      )}
    </>
  );
}
