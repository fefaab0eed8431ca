import { aboutThisApp, basedOn } from "../content/basis.ts";
import {
  blockNewLinesInYourName,
  checaTusLineas,
  unrecognisedLineAtTheCarrier,
  unrecognisedLineDays,
  unrecognisedLineReport,
} from "../content/rights.ts";
import { useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { CarrierContact } from "./CarrierContact.tsx";
import { ChecaTusLineasLink } from "./ChecaTusLineasLink.tsx";
import { useAnswers } from "./wizard.ts";

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
      <Statement basis={basedOn(unrecognisedLineReport, unrecognisedLineAtTheCarrier)}>
        {t("unrecognisedLine.withoutDni")}
      </Statement>
      <Statement basis={basedOn(blockNewLinesInYourName)}>{t("unrecognisedLine.blockNewLines")}</Statement>
      <CarrierContact answers={useAnswers()} />
      <Statement basis={aboutThisApp}>{t("unrecognisedLine.otherLines")}</Statement>
    </InfoPage>
  );
}
