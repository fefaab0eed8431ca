import { basedOn, ourAdvice } from "../content/basis.ts";
import { lossAndTheft } from "../content/lossAndTheft.ts";
import { appNeedsTheLine } from "../content/rights.ts";
import { useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { useWizardActions } from "./wizard.ts";

/** A damaged SIM cannot receive a code, and a new one comes only in person: nothing here needs the old SIM. */
export function DamagedSimStep() {
  const t = useText();
  const { next } = useWizardActions();
  const hours = Number(lossAndTheft.simReplacementHours.value);
  return (
    <InfoPage title={t("damagedSim.title")} onContinue={next}>
      <Statement basis={basedOn(appNeedsTheLine)}>{t("damagedSim.noCodes")}</Statement>
      <Statement basis={basedOn(lossAndTheft.simReplacementHours)}>
        {t("damagedSim.replacement", { hours })}
      </Statement>
      <Statement basis={ourAdvice}>{t("damagedSim.cancelWithout")}</Statement>
    </InfoPage>
  );
}
