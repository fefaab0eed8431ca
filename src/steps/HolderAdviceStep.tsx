import { carrierFacts } from "../content/carriers/index.ts";
import { osiptel } from "../content/osiptel.ts";
import { holderAdviceShown, representativeNeedsNotary } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { FactSource } from "../ui/FactSource.tsx";
import { InfoPage } from "../ui/InfoPage.tsx";
import { carrierName } from "./carrierName.ts";
import { useAnswers, useWizardActions } from "./wizard.ts";

/** Someone else's line, a deceased holder, or an unknown one: what must happen before a cancellation. */
export function HolderAdviceStep() {
  const t = useText();
  const answers = useAnswers();
  const { next } = useWizardActions();
  const advice = holderAdviceShown(answers);
  if (advice === "deceased") {
    return (
      <InfoPage title={t("holderAdvice.deceased.title")} onContinue={next}>
        <p>{t("holderAdvice.deceased.body", { days: Number(osiptel.deceasedHolderChange.value) })}</p>
        <FactSource fact={osiptel.deceasedHolderChange} />
      </InfoPage>
    );
  }
  if (advice === "notSure") {
    return (
      <InfoPage title={t("holderAdvice.notSure.title")} onContinue={next}>
        <p>{t("holderAdvice.notSure.body")}</p>
        <p>
          <a href={String(osiptel.checaTusLineas.value)} rel="noreferrer noopener" target="_blank">
            {t("holderAdvice.notSure.link")}
          </a>
        </p>
        <FactSource fact={osiptel.checaTusLineas} />
      </InfoPage>
    );
  }
  const bitelRule = carrierFacts.bitel.representativeRequirements;
  return (
    <InfoPage title={t("holderAdvice.someoneElse.title")} onContinue={next}>
      <p>{t("holderAdvice.someoneElse.rule")}</p>
      <FactSource fact={osiptel.onlyHolderMayRequest} />
      <ul className="list">
        <li>{t("holderAdvice.someoneElse.holder")}</li>
        <li>{t("holderAdvice.someoneElse.representative")}</li>
      </ul>
      <FactSource fact={osiptel.representativeInPersonOnly} />
      {representativeNeedsNotary(answers) ? (
        <>
          <p>{t("holderAdvice.bitel", { months: Number(bitelRule.value) })}</p>
          <FactSource fact={bitelRule} />
        </>
      ) : (
        <p>{t("holderAdvice.askCarrier", { carrier: carrierName(answers, t) })}</p>
      )}
    </InfoPage>
  );
}
