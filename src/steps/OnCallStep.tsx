import { basedOn } from "../content/basis.ts";
import { representation, rights } from "../content/rights.ts";
import { useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { AfterYouAsk } from "./AfterYouAsk.tsx";
import { CarrierContact } from "./CarrierContact.tsx";
import { StaffCardForAnswers } from "./StaffCardForAnswers.tsx";
import { WayUp } from "./WayUp.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

export function OnCallStep() {
  const t = useText();
  const answers = useAnswers();
  const { next } = useWizardActions();
  return (
    <InfoPage title={t("onCall.title")} onContinue={next}>
      <Statement basis={basedOn(representation.representativeMayAct)}>{t("onCall.holderOnly")}</Statement>
      <CarrierContact answers={answers} />
      <ol className="steps">
        <Statement as="li" basis={basedOn(rights.mayCancelAnyTime)}>
          {t("onCall.ask")}
        </Statement>
        <Statement as="li" basis={basedOn(rights.proofOfRequest)}>
          {t("onCall.proof")}
        </Statement>
      </ol>
      <StaffCardForAnswers answers={answers} visit="call" />
      <AfterYouAsk />
      <WayUp />
    </InfoPage>
  );
}
