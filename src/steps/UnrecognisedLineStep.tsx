import { aboutThisApp, basedOn } from "../content/basis.ts";
import { checaTusLineas, unrecognisedLineDays, unrecognisedLineReport } from "../content/rights.ts";
import { useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { ChecaTusLineasLink } from "./ChecaTusLineasLink.tsx";

/** A line in the user's name that they never took: not a cancellation but OSIPTEL's "No reconozco" report. */
export function UnrecognisedLineStep() {
  const t = useText();
  return (
    <InfoPage title={t("unrecognisedLine.title")}>
      <Statement basis={basedOn(checaTusLineas, unrecognisedLineReport)}>
        {t("unrecognisedLine.report")}
      </Statement>
      <ChecaTusLineasLink />
      <Statement basis={basedOn(unrecognisedLineDays)}>
        {t("unrecognisedLine.deadline", { days: Number(unrecognisedLineDays.value) })}
      </Statement>
      <Statement basis={aboutThisApp}>{t("unrecognisedLine.otherLines")}</Statement>
    </InfoPage>
  );
}
