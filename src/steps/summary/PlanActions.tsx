import { aboutThisApp } from "../../content/basis.ts";
import { dayInLima } from "../../flow/limaDate.ts";
import { type LineRecord, sharedTrips } from "../../flow/lines.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useSpanishText } from "../../i18n/useSpanishText.ts";
import { useText } from "../../i18n/useText.ts";
import { downloadFile } from "../../ui/downloadFile.ts";
import { Statement } from "../../ui/Statement.tsx";
import { useLineText } from "../lineText.ts";
import { useAnswers, useCurrentStep, useFollowUp, useSessionLines, useTicks } from "../wizard.ts";
import { planAsText, planFileName } from "./planAsText.ts";

/** On the summary: keep the plan outside the app, on paper (or a PDF) or as a text file. */
export function PlanActions() {
  const t = useText();
  const answers = useAnswers();
  const ticks = useTicks();
  const followUp = useFollowUp();
  const spanish = useSpanishText();
  const locale = useLocale();
  const otherLinesText = useOtherLinesText();
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
              planAsText(answers, ticks, {
                t,
                followUp,
                spanish,
                locale,
                today: dayInLima(new Date()),
                otherLines: otherLinesText(),
              }),
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

/**
 * The session's other lines, each with where it stands, and what they share with this one, for the plan's file:
 * worked out when the file is made, not on every drawing of the plan.
 */
function useOtherLinesText() {
  const text = useLineText();
  const { lines, current } = useSessionLines();
  const here = { id: current, step: useCurrentStep(), answers: useAnswers(), followUp: useFollowUp() };
  return () => {
    const all = lines.map((line) => (line.id === current ? here : line));
    const label = (line: LineRecord) => text.label(line, all.indexOf(line) + 1);
    return {
      standings: all.filter((line) => line !== here).map((line) => `${label(line)}: ${text.standing(line)}`),
      sharedTrips: sharedTrips(all).map((trip) => text.sharedTrip(trip, label)),
    };
  };
}
