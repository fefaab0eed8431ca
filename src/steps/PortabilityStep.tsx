import { alternatives } from "../content/alternatives.ts";
import { aboutThisApp, basedOn, notInOurSources } from "../content/basis.ts";
import { fromAbroad } from "../content/fromAbroad.ts";
import { lossAndTheft } from "../content/lossAndTheft.ts";
import { rights } from "../content/rights.ts";
import { portabilityObstaclesFor } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { CarrierContact } from "./CarrierContact.tsx";
import { useAnswers } from "./wizard.ts";

/** A switcher keeping the number: the new carrier ports it, and no cancellation is asked of the old one. */
export function PortabilityStep() {
  const t = useText();
  const answers = useAnswers();
  const obstacles = portabilityObstaclesFor(answers);
  return (
    <InfoPage title={t("portability.title")}>
      <Statement basis={basedOn(alternatives.numberPortability, alternatives.portabilityNeedsActiveLine)}>
        {t("portability.askNewCarrier")}
      </Statement>
      {obstacles.includes("debt") && (
        <>
          <Statement basis={basedOn(alternatives.portabilityNeedsActiveLine)}>
            {t("portability.debt")}
          </Statement>
          <Statement basis={basedOn(rights.debtIsNoReasonToRefuse)}>
            {t("portability.cancelDespiteDebt")}
          </Statement>
        </>
      )}
      {obstacles.includes("noWorkingSim") && (
        <Statement basis={basedOn(alternatives.numberPortability, lossAndTheft.simReplacementHours)}>
          {t("portability.replacementSim", { hours: Number(lossAndTheft.simReplacementHours.value) })}
        </Statement>
      )}
      {obstacles.includes("abroad") && (
        <Statement basis={basedOn(alternatives.numberPortability, fromAbroad.roamingOnlyOnRequest)}>
          {t("portability.pinAbroad")}
        </Statement>
      )}
      <Statement basis={basedOn(alternatives.numberPortability, alternatives.portabilityWithinHours)}>
        {t("portability.conditions", { hours: Number(alternatives.portabilityWithinHours.value) })}
      </Statement>
      <Statement basis={basedOn(alternatives.portingEndsTheContract)}>
        {t("portability.contractEnds")}
      </Statement>
      <Statement basis={notInOurSources}>{t("portability.phoneOnInstalments")}</Statement>
      <Statement basis={notInOurSources}>{t("portability.prepaidBalance")}</Statement>
      <CarrierContact answers={answers} />
      <Statement basis={aboutThisApp}>{t("portability.cancelInstead")}</Statement>
    </InfoPage>
  );
}
