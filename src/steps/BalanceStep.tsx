import { osiptel } from "../content/osiptel.ts";
import { balanceTopics } from "../flow/rules.ts";
import { useText } from "../i18n/useText.ts";
import { FactSource } from "../ui/FactSource.tsx";
import { InfoPage } from "../ui/InfoPage.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

export function BalanceStep() {
  const t = useText();
  const topics = balanceTopics(useAnswers());
  const { next } = useWizardActions();
  return (
    <InfoPage title={t("balance.title")} onContinue={next}>
      {topics.includes("prepaidBalance") && (
        <>
          <p>{t("balance.prepaid")}</p>
          <FactSource fact={osiptel.prepaidBalanceRefund} />
        </>
      )}
      {topics.includes("postpaidBill") && (
        <>
          <p>{t("balance.postpaid")}</p>
          <FactSource fact={osiptel.deviceContractPenalty} />
          <p>{t("balance.billingCycle")}</p>
          <FactSource fact={osiptel.cancelBeforeBillingCycle} />
        </>
      )}
      {topics.includes("debt") && (
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
