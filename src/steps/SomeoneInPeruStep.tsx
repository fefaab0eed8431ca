import { basedOn, notInOurSources, ourAdvice } from "../content/basis.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import { fromAbroad } from "../content/fromAbroad.ts";
import { rights } from "../content/rights.ts";
import { carrierAsksNotarisedPower } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { AfterYouAsk } from "./AfterYouAsk.tsx";
import { CarrierContact } from "./CarrierContact.tsx";
import { carrierName } from "./carrierName.ts";
import { StaffCardForAnswers } from "./StaffCardForAnswers.tsx";
import { WayUp } from "./WayUp.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

/** From abroad, by someone in Peru: the carta poder signed where the holder is, and what the representative does. */
export function SomeoneInPeruStep() {
  const t = useText();
  const answers = useAnswers();
  const { next } = useWizardActions();
  const carrier = carrierName(answers, t);
  const bitelMonths = carrierFacts.bitel.representativePowerMaxMonths;
  return (
    <InfoPage title={t("someoneInPeru.title")} onContinue={next}>
      <ol className="steps">
        <Statement as="li" basis={ourAdvice}>
          {t("someoneInPeru.choose", { carrier })}
        </Statement>
        <Statement as="li" basis={basedOn(fromAbroad.consularSignature)}>
          {t("someoneInPeru.consulate")}
        </Statement>
        <Statement as="li" basis={basedOn(fromAbroad.apostille)}>
          {t("someoneInPeru.apostille")}
        </Statement>
        <Statement as="li" basis={basedOn(rights.proofOfRequest)}>
          {t("someoneInPeru.proof")}
        </Statement>
      </ol>
      {carrierAsksNotarisedPower(answers) && bitelMonths ? (
        <Statement basis={basedOn(bitelMonths)}>
          {t("someoneInPeru.bitelMonths", { months: Number(bitelMonths.value) })}
        </Statement>
      ) : (
        <Statement basis={notInOurSources}>{t("someoneInPeru.askFirst", { carrier })}</Statement>
      )}
      <StaffCardForAnswers answers={answers} />
      <CarrierContact answers={answers} />
      <AfterYouAsk />
      <WayUp />
    </InfoPage>
  );
}
