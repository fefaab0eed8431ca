import { afterRequest } from "../content/afterRequest.ts";
import { aboutThisApp, basedOn, notInOurSources } from "../content/basis.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import { rights } from "../content/rights.ts";
import { carrierWithFacts } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { AfterYouAsk } from "./AfterYouAsk.tsx";
import { CarrierContact } from "./CarrierContact.tsx";
import { carrierName } from "./carrierName.ts";
import { StaffCardForAnswers } from "./StaffCardForAnswers.tsx";
import { WayUp } from "./WayUp.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

export function AtStoreStep() {
  const t = useText();
  const answers = useAnswers();
  const { next } = useWizardActions();
  const known = carrierWithFacts(answers);
  const knowsStores = known !== null && carrierFacts[known].storeFinder !== null;
  return (
    <InfoPage title={t("atStore.title")} onContinue={next}>
      <ol className="steps">
        <Statement as="li" basis={basedOn(rights.channelsCarriersMustAccept)}>
          {t("atStore.goTo", { carrier: carrierName(answers, t) })}
        </Statement>
        <Statement as="li" basis={aboutThisApp}>
          {t("atStore.show")}
        </Statement>
        <Statement as="li" basis={basedOn(rights.mayCancelAnyTime, rights.cancellationIsFree)}>
          {t("atStore.ask")}
        </Statement>
        <Statement as="li" basis={basedOn(rights.proofOfRequest)}>
          {t("atStore.proof")}
        </Statement>
      </ol>
      <Statement basis={basedOn(afterRequest.queja, afterRequest.quieroSalirme)}>
        {t("atStore.refused")}
      </Statement>
      {!knowsStores && <Statement basis={notInOurSources}>{t("atStore.storesAskCarrier")}</Statement>}
      <CarrierContact answers={answers} />
      <StaffCardForAnswers answers={answers} />
      <AfterYouAsk />
      <WayUp />
    </InfoPage>
  );
}
