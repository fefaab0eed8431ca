import { claroReplacementDays } from "../content/carriers/claro.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import { osiptel } from "../content/osiptel.ts";
import { mayBeClaroLine, mustReportToPolice } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { FactSource } from "../ui/FactSource.tsx";
import { InfoPage } from "../ui/InfoPage.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

/** Lost or stolen: blocking comes before anything else, and the page says so first. */
export function BlockFirstStep() {
  const t = useText();
  const answers = useAnswers();
  const { next } = useWizardActions();
  const carriers = Object.values(carrierFacts);
  return (
    <InfoPage title={t("blockFirst.title")} onContinue={next}>
      <p className="warning">
        <strong>{t("blockFirst.urgent")}</strong>
      </p>
      <ol className="steps">
        <li>{t("blockFirst.banks")}</li>
        <li>{t("blockFirst.carrier")}</li>
        {mustReportToPolice(answers) && <li>{t("blockFirst.police")}</li>}
        <li>{t("blockFirst.imei", { code: String(osiptel.imeiDialCode.value) })}</li>
      </ol>
      <FactSource fact={osiptel.theftSteps} />
      <FactSource fact={osiptel.blockingCode} />
      <FactSource fact={osiptel.imeiDialCode} />
      <h2>{t("blockFirst.numbersTitle")}</h2>
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
                <a href={`tel:${carrier.lossTheftFromOwnLine.value}`}>{carrier.lossTheftFromOwnLine.value}</a>
              </td>
              <td>
                <a href={`tel:${String(carrier.lossTheftFromAnyPhone.value).replace(/[^\d]/g, "")}`}>
                  {carrier.lossTheftFromAnyPhone.value}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <FactSource fact={carrierFacts.claro.lossTheftFromAnyPhone} />
      {mayBeClaroLine(answers) && (
        <>
          <p>{t("blockFirst.claroReplacement", { days: Number(claroReplacementDays.value) })}</p>
          <FactSource fact={claroReplacementDays} />
        </>
      )}
      <p>{t("blockFirst.afterwards")}</p>
    </InfoPage>
  );
}
