import { basedOn, notInOurSources } from "../content/basis.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import {
  checaTusLineas,
  checaTusLineasHiddenDigits,
  deathEndsContract,
  deceasedHolderChange,
  representation,
  rights,
} from "../content/rights.ts";
import { carrierAsksNotarisedPower, holderAdviceShown } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { CarrierContact } from "./CarrierContact.tsx";
import { ChecaTusLineasLink } from "./ChecaTusLineasLink.tsx";
import { carrierName } from "./carrierName.ts";
import { StaffCardForAnswers } from "./StaffCardForAnswers.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

/** The change of holder first, in person, with the card for that visit; then the heir cancels like any holder. */
function DeceasedHolderAdvice() {
  const t = useText();
  const answers = useAnswers();
  return (
    <>
      <Statement basis={basedOn(deathEndsContract)}>{t("holderAdvice.deceased.askFirst")}</Statement>
      <Statement basis={basedOn(deceasedHolderChange)}>
        {t("holderAdvice.deceased.body", { days: Number(deceasedHolderChange.value) })}
      </Statement>
      <Statement basis={basedOn(deceasedHolderChange)}>{t("holderAdvice.deceased.otherHeirs")}</Statement>
      <Statement basis={basedOn(deceasedHolderChange, rights.channelsCarriersMustAccept)}>
        {t("holderAdvice.deceased.then")}
      </Statement>
      <CarrierContact answers={answers} />
      <StaffCardForAnswers answers={answers} visit="changeOfHolder" />
    </>
  );
}

function UnknownHolderAdvice() {
  const t = useText();
  return (
    <>
      <Statement basis={basedOn(checaTusLineas, checaTusLineasHiddenDigits)}>
        {t("holderAdvice.notSure.body", { hiddenDigits: Number(checaTusLineasHiddenDigits.value) })}
      </Statement>
      <ChecaTusLineasLink />
    </>
  );
}

/** The holder can ask from anywhere; the user can ask for the holder only in person, with the carrier's papers. */
function SomeoneElsesLineAdvice() {
  const t = useText();
  const answers = useAnswers();
  const bitelRule = carrierFacts.bitel.representativePowerMaxMonths;
  const representative = basedOn(representation.representativeMayAct);
  return (
    <>
      <ul className="list">
        <Statement as="li" basis={basedOn(rights.channelsCarriersMustAccept)}>
          {t("holderAdvice.someoneElse.holderAsks")}
        </Statement>
        <Statement as="li" basis={representative}>
          {t("holderAdvice.someoneElse.representative")}
        </Statement>
      </ul>
      <Statement basis={representative}>{t("holderAdvice.someoneElse.sourcesDiffer")}</Statement>
      <Statement basis={basedOn(representation.authorisedContact)}>
        {t("holderAdvice.authorisedContact")}
      </Statement>
      {carrierAsksNotarisedPower(answers) && bitelRule ? (
        <Statement basis={basedOn(bitelRule)}>
          {t("holderAdvice.bitel", { months: Number(bitelRule.value) })}
        </Statement>
      ) : (
        <Statement basis={notInOurSources}>
          {t("holderAdvice.askCarrier", { carrier: carrierName(answers, t) })}
        </Statement>
      )}
      <CarrierContact answers={answers} />
    </>
  );
}

const adviceFor = {
  someoneElse: SomeoneElsesLineAdvice,
  deceased: DeceasedHolderAdvice,
  notSure: UnknownHolderAdvice,
};

/** Someone else's line, a deceased holder, or an unknown one: what must happen before a cancellation. */
export function HolderAdviceStep() {
  const t = useText();
  const { next } = useWizardActions();
  const advice = holderAdviceShown(useAnswers());
  const Advice = adviceFor[advice];
  return (
    <InfoPage title={t(`holderAdvice.${advice}.title`)} onContinue={next}>
      <Advice />
    </InfoPage>
  );
}
