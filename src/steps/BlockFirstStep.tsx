import { aboutThisApp, basedOn, notInOurSources } from "../content/basis.ts";
import { claroReplacementDays } from "../content/carriers/claro.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import { lossAndTheft } from "../content/lossAndTheft.ts";
import { isClaroLine, mustReportToPolice } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { NoteMarker } from "../ui/PageNotes.tsx";
import { PhoneLink } from "../ui/PhoneLink.tsx";
import { Statement } from "../ui/Statement.tsx";
import { CarrierContact } from "./CarrierContact.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

const {
  stepsAfterTheft,
  reportBlocksLineAndPhone,
  checkImei,
  imeiDialCode,
  imeiDigits,
  imeiBlockShowsWithinHours,
} = lossAndTheft;

/** Lost or stolen: blocking comes before anything else, and the page says so first. */
export function BlockFirstStep() {
  const t = useText();
  const answers = useAnswers();
  const { next } = useWizardActions();
  const carriers = Object.values(carrierFacts);
  const afterTheft = basedOn(stepsAfterTheft);
  return (
    <InfoPage title={t("blockFirst.title")} onContinue={next}>
      <div className="warning">
        <Statement basis={afterTheft}>
          <strong>{t("blockFirst.urgent")}</strong>
        </Statement>
      </div>
      <ol className="steps">
        <Statement as="li" basis={afterTheft}>
          {t("blockFirst.banks")}
        </Statement>
        <Statement as="li" basis={basedOn(reportBlocksLineAndPhone)}>
          {t("blockFirst.carrier")}
        </Statement>
        {mustReportToPolice(answers) && (
          <Statement as="li" basis={afterTheft}>
            {t("blockFirst.police")}
          </Statement>
        )}
        <Statement as="li" basis={basedOn(checkImei, imeiDialCode, imeiDigits, imeiBlockShowsWithinHours)}>
          {t("blockFirst.imei", {
            code: String(imeiDialCode.value),
            digits: Number(imeiDigits.value),
            hours: Number(imeiBlockShowsWithinHours.value),
          })}
        </Statement>
      </ol>
      <Statement basis={basedOn(lossAndTheft.blockLiftedWhenRecovered)}>
        {t("blockFirst.recovered")}
      </Statement>
      <h2>
        {t("blockFirst.numbersTitle")}
        <NoteMarker
          citations={carriers.flatMap(({ lossAndTheft }) => [lossAndTheft.ownLine, lossAndTheft.anyPhone])}
        />
      </h2>
      <table className="numbers">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t("summary.question.carrier")}</span>
            </th>
            <th scope="col">{t("blockFirst.ownLine")}</th>
            <th scope="col">{t("blockFirst.anyPhone")}</th>
          </tr>
        </thead>
        <tbody>
          {carriers.map((carrier) => (
            <tr key={carrier.name}>
              <th scope="row">{carrier.name}</th>
              <td>
                <PhoneLink number={carrier.lossAndTheft.ownLine} />
              </td>
              <td>
                <PhoneLink number={carrier.lossAndTheft.anyPhone} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {isClaroLine(answers) && (
        <Statement basis={basedOn(claroReplacementDays)}>
          {t("blockFirst.claroReplacementDays", { days: Number(claroReplacementDays.value) })}
        </Statement>
      )}
      <Statement basis={basedOn(lossAndTheft.simReplacementHours)}>
        {t("blockFirst.replacementForCodes", { hours: Number(lossAndTheft.simReplacementHours.value) })}
      </Statement>
      <Statement basis={notInOurSources}>{t("blockFirst.replacementToCancel")}</Statement>
      <CarrierContact answers={answers} />
      <Statement basis={aboutThisApp}>{t("blockFirst.afterwards")}</Statement>
    </InfoPage>
  );
}
