import { type ReactNode, useState } from "react";
import { useLocale } from "../i18n/useLocale.ts";
import { useText } from "../i18n/useText.ts";
import { AskFirst } from "../ui/AskFirst.tsx";
import { NothingReplacedNotice } from "../ui/NothingReplacedNotice.tsx";
import { readableMoment } from "../ui/readableDate.ts";

/** The saved plan Resume opens: the line last worked on, and how many lines the session holds. */
export type ResumableSession = { stepTitle: string; savedAt: Date; lineCount: number };

type SavedPlanActions = {
  onResume: () => void;
  /**
   * Sets the saved plan aside, then starts afresh; false when the device would not keep it, and nothing was
   * replaced.
   */
  onStartAgain: () => boolean;
};

type WelcomeStepProps = {
  onStart: () => void;
  /** Every line the saved session holds, under the plan Resume opens (or Start, for a line not begun). */
  lines?: ReactNode;
} & ({ resumable: null } | ({ resumable: ResumableSession } & SavedPlanActions));

export function WelcomeStep({ onStart, lines, ...saved }: WelcomeStepProps) {
  const t = useText();
  return (
    <>
      <h1 tabIndex={-1}>{t("welcome.title")}</h1>
      <p className="lead">{t("welcome.intro")}</p>
      <p>{t("welcome.privacy")}</p>
      <p>{t("welcome.offline")}</p>
      {saved.resumable ? (
        <SavedPlan {...saved} />
      ) : (
        <button type="button" className="button button--start" onClick={onStart}>
          {t("welcome.start")}
        </button>
      )}
      {lines}
    </>
  );
}

/** The plan saved on the device: resumed, or set aside (after asking) to start again. */
function SavedPlan({
  resumable,
  onResume,
  onStartAgain,
}: { resumable: ResumableSession } & SavedPlanActions) {
  const t = useText();
  const locale = useLocale();
  const [refused, setRefused] = useState(false);
  const stopped = { step: resumable.stepTitle, date: readableMoment(resumable.savedAt, locale) };
  return (
    <section className="panel" aria-labelledby="saved-title">
      <h2 id="saved-title">{t("welcome.savedTitle")}</h2>
      <p>{t("welcome.savedDetails", stopped)}</p>
      {refused && <NothingReplacedNotice />}
      <AskFirst
        id="start-again"
        label={t("welcome.startAgain")}
        title={t("welcome.startAgainTitle")}
        confirmLabel={t("welcome.startAgainConfirm")}
        beside={
          <button type="button" className="button" onClick={onResume}>
            {t("welcome.resume")}
          </button>
        }
        onConfirm={() => {
          const started = onStartAgain();
          setRefused(!started);
          return started;
        }}
      >
        <p>
          {resumable.lineCount > 1
            ? t("welcome.startAgainTextLines", { count: resumable.lineCount })
            : t("welcome.startAgainText", stopped)}
        </p>
      </AskFirst>
    </section>
  );
}
