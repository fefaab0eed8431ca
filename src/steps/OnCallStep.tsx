import { carrierFacts } from "../content/carriers/index.ts";
import { osiptel } from "../content/osiptel.ts";
import { carrierWithFacts } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { FactSource } from "../ui/FactSource.tsx";
import { InfoPage } from "../ui/InfoPage.tsx";
import { carrierName } from "./carrierName.ts";
import { useAnswers, useWizardActions } from "./wizard.ts";

export function OnCallStep() {
  const t = useText();
  const answers = useAnswers();
  const { next } = useWizardActions();
  const known = carrierWithFacts(answers);
  const carrier = known && carrierFacts[known];
  return (
    <InfoPage title={t("onCall.title")} onContinue={next}>
      <p>{t("onCall.holderOnly")}</p>
      <ol className="steps">
        <li>
          {t("onCall.call", { carrier: carrierName(answers, t) })}{" "}
          {carrier ? (
            <>
              <a href={`tel:${carrier.lossTheftFromOwnLine.value}`}>{carrier.lossTheftFromOwnLine.value}</a> (
              {t("blockFirst.ownLine")}),{" "}
              <a href={`tel:${String(carrier.lossTheftFromAnyPhone.value).replace(/[^\d]/g, "")}`}>
                {carrier.lossTheftFromAnyPhone.value}
              </a>{" "}
              ({t("blockFirst.anyPhone")})
              <FactSource fact={carrier.lossTheftFromAnyPhone} />
            </>
          ) : (
            t("onCall.askCarrierNumber")
          )}
        </li>
        <li>{t("onCall.ask")}</li>
        <li>{t("onCall.proof")}</li>
      </ol>
      <FactSource fact={osiptel.proofOfRequest} />
    </InfoPage>
  );
}
