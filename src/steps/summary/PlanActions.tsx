import { aboutThisApp } from "../../content/basis.ts";
import { dayInLima } from "../../flow/limaDate.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useSpanishText } from "../../i18n/useSpanishText.ts";
import { useText } from "../../i18n/useText.ts";
import { downloadFile } from "../../ui/downloadFile.ts";
import { Statement } from "../../ui/Statement.tsx";
import { useAnswers, useFollowUp, useTicks } from "../wizard.ts";
import { planAsText, planFileName } from "./planAsText.ts";

/** On the summary: keep the plan outside the app, on paper (or a PDF) or as a text file. */
export function PlanActions() {
  const t = useText();
  const answers = useAnswers();
  const ticks = useTicks();
  const followUp = useFollowUp();
  const spanish = useSpanishText();
  const locale = useLocale();
  return (
    <section className="plan-actions" aria-labelledby="plan-actions-title">
      <h2 id="plan-actions-title">{t("planActions.title")}</h2>
      <Statement basis={aboutThisApp}>{t("planActions.intro")}</Statement>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t("planActions.print")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            downloadFile(
              planFileName(answers),
              planAsText(answers, ticks, { t, followUp, spanish, locale, today: dayInLima(new Date()) }),
              "text/plain;charset=utf-8",
            )
          }
        >
          {t("planActions.download")}
        </button>
      </div>
    </section>
  );
}
