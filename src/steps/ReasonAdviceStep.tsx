import { osiptel } from "../content/osiptel.ts";
import { type ReasonAdvice, reasonAdviceShown } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { FactSource } from "../ui/FactSource.tsx";
import { InfoPage } from "../ui/InfoPage.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

const adviceFor = {
  switchingCarrier: {
    title: "reasonAdvice.switchingCarrier.title",
    body: "reasonAdvice.switchingCarrier.body",
    fact: osiptel.numberPortability,
  },
  tooExpensive: {
    title: "reasonAdvice.tooExpensive.title",
    body: "reasonAdvice.tooExpensive.body",
    fact: osiptel.planChange,
  },
  leavingPeru: {
    title: "reasonAdvice.leavingPeru.title",
    body: "reasonAdvice.leavingPeru.body",
    fact: osiptel.temporarySuspension,
  },
} as const satisfies Record<ReasonAdvice, unknown>;

/** Before cancelling, an alternative that may serve the user's reason better. */
export function ReasonAdviceStep() {
  const t = useText();
  const { next } = useWizardActions();
  const advice = adviceFor[reasonAdviceShown(useAnswers())];
  return (
    <InfoPage title={t(advice.title)} onContinue={next}>
      <p>{t(advice.body)}</p>
      <FactSource fact={advice.fact} />
      <p>{t("reasonAdvice.continueAnyway")}</p>
    </InfoPage>
  );
}
