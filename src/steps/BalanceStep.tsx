import { osiptel } from "../content/osiptel.ts";
import { hasDebt } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { FactSource } from "../ui/FactSource.tsx";
import { InfoPage } from "../ui/InfoPage.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

export function BalanceStep() {
  const t = useText();
  const answers = useAnswers();
  const { next } = useWizardActions();
  const showPrepaid = answers.planType !== "postpaid";
  const showPostpaid = answers.planType !== "prepaid";
  return (
    <InfoPage title={t("balance.title")} onContinue={next}>
      {showPrepaid && (
        <>
          <p>{t("balance.prepaid")}</p>
          <FactSource fact={osiptel.prepaidBalanceRefund} />
        </>
      )}
      {showPostpaid && (
        <>
          <p>{t("balance.postpaid")}</p>
          <FactSource fact={osiptel.deviceContractPenalty} />
          <p>{t("balance.billingCycle")}</p>
          <FactSource fact={osiptel.cancelBeforeBillingCycle} />
        </>
      )}
      {hasDebt(answers) && (
        <>
          <p>{t("balance.debt")}</p>
          <FactSource fact={osiptel.debtIsNoReasonToRefuse} />
        </>
      )}
      <p>{t("balance.deadline", { days: Number(osiptel.businessDaysToCancel.value) })}</p>
      <FactSource fact={osiptel.businessDaysToCancel} />
      <p>{t("balance.refused")}</p>
      <ul className="list">
        <li>
          <a
            href={String(osiptel.quieroSalirme.value)}
            lang="es"
            hrefLang="es"
            rel="noreferrer noopener"
            target="_blank"
          >
            Quiero salirme
          </a>
        </li>
        <li>
          <span lang="es">FonoAyuda</span>{" "}
          <a href={`tel:${osiptel.fonoAyuda.value}`}>{osiptel.fonoAyuda.value}</a>
        </li>
      </ul>
      <FactSource fact={osiptel.quieroSalirme} />
      <FactSource fact={osiptel.fonoAyuda} />
    </InfoPage>
  );
}
