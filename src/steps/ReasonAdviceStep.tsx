import { alternatives } from "../content/alternatives.ts";
import { aboutThisApp, type Basis, basedOn } from "../content/basis.ts";
import { type ReasonAdvice, reasonAdviceShown } from "../flow/rules.ts";
import { type MessageId, useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { CarrierContact } from "./CarrierContact.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

type Advice = { title: MessageId; body: MessageId; basis: Basis; values?: Record<string, number> };

const adviceFor: Record<ReasonAdvice, Advice> = {
  switchingCarrier: {
    title: "reasonAdvice.switchingCarrier.title",
    body: "reasonAdvice.switchingCarrier.body",
    basis: basedOn(alternatives.numberPortability, alternatives.portabilityWithinHours),
    values: { hours: Number(alternatives.portabilityWithinHours.value) },
  },
  tooExpensive: {
    title: "reasonAdvice.tooExpensive.title",
    body: "reasonAdvice.tooExpensive.body",
    basis: basedOn(alternatives.planChange),
  },
  leavingPeru: {
    title: "reasonAdvice.leavingPeru.title",
    body: "reasonAdvice.leavingPeru.body",
    basis: basedOn(alternatives.temporarySuspension),
    values: {
      shortestDays: Number(alternatives.suspensionShortestDays.value),
      longestMonths: Number(alternatives.suspensionLongestMonths.value),
    },
  },
};

/** Before cancelling, an alternative that may serve the user's reason better. */
export function ReasonAdviceStep() {
  const t = useText();
  const { next } = useWizardActions();
  const answers = useAnswers();
  const advice = adviceFor[reasonAdviceShown(answers)];
  return (
    <InfoPage title={t(advice.title)} onContinue={next}>
      <Statement basis={advice.basis}>{t(advice.body, advice.values)}</Statement>
      <CarrierContact answers={answers} />
      <Statement basis={aboutThisApp}>{t("reasonAdvice.continueAnyway")}</Statement>
    </InfoPage>
  );
}
