import { basedOn, notInOurSources } from "../content/basis.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import { fromAbroad } from "../content/fromAbroad.ts";
import { appNeedsTheLine, rights } from "../content/rights.ts";
import { appAsksDniIssueDate, appCodeNoteFor, carrierWithFacts } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { AfterYouAsk } from "./AfterYouAsk.tsx";
import { CarrierContact } from "./CarrierContact.tsx";
import { WayUp } from "./WayUp.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

const simNotes = {
  inPeru: "online.sim",
  leaving: "online.simBeforeLeaving",
  abroad: "online.simAbroad",
} as const;

export function OnlineStep() {
  const t = useText();
  const answers = useAnswers();
  const { next } = useWizardActions();
  const known = carrierWithFacts(answers);
  const carrier = known && carrierFacts[known];
  return (
    <InfoPage title={t("online.title")} onContinue={next}>
      <ol className="steps">
        {carrier ? (
          <Statement as="li" basis={basedOn(carrier.app, rights.appRoute)}>
            {t(appAsksDniIssueDate(answers) ? "online.app" : "online.appNoDni", {
              app: String(carrier.app.value),
            })}
          </Statement>
        ) : (
          <Statement as="li" basis={notInOurSources}>
            {t("online.askCarrierApp")}
          </Statement>
        )}
        <Statement as="li" basis={basedOn(appNeedsTheLine, fromAbroad.roamingOnlyOnRequest)}>
          {t(simNotes[appCodeNoteFor(answers)])}
        </Statement>
        <Statement as="li" basis={basedOn(rights.proofOfRequest)}>
          {t("online.proof")}
        </Statement>
      </ol>
      <CarrierContact answers={answers} />
      <AfterYouAsk />
      <WayUp />
    </InfoPage>
  );
}
