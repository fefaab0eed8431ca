import { basedOn, notInOurSources, ourAdvice } from "../content/basis.ts";
import type { CarrierFacts } from "../content/carriers/carrier.ts";
import { claroPasaSaldo, money } from "../content/money.ts";
import { rights } from "../content/rights.ts";
import type { Answers } from "../flow/answers.ts";
import { carrierContact } from "../flow/carrierContact.ts";
import { phoneOwedBasis } from "../flow/phoneWithPlan.ts";
import { balanceTopics, deviceNoteFor } from "../flow/rules.ts";
import { stepTitleId } from "../flow/stepTitles.ts";
import { type MessageId, useText } from "../i18n/useText.ts";
import { InfoPage } from "../ui/InfoPage.tsx";
import { Statement } from "../ui/Statement.tsx";
import { CarrierContact } from "./CarrierContact.tsx";
import { useAnswers, useWizardActions } from "./wizard.ts";

function ClaroPasaSaldo() {
  const t = useText();
  const { code, menuOption, feeSoles, smallestSoles, largestSolesPerDay, toppedUpWithinDays } =
    claroPasaSaldo;
  return (
    <Statement
      basis={basedOn(code, menuOption, feeSoles, smallestSoles, largestSolesPerDay, toppedUpWithinDays)}
    >
      {t("balance.claroPasaSaldo", {
        code: String(code.value),
        option: Number(menuOption.value),
        fee: String(feeSoles.value),
        smallest: Number(smallestSoles.value),
        largest: Number(largestSolesPerDay.value),
        days: Number(toppedUpWithinDays.value),
      })}
    </Statement>
  );
}

/**
 * How long each carrier the user may be with keeps a prepaid line without balance, and the warning it must give: the
 * carriers of the carrier contact (`carrierContact`), the user's own once known.
 */
function PrepaidWithoutBalance({ answers }: { answers: Answers }) {
  const t = useText();
  const notice = { notice: Number(money.prepaidLapseNoticeDays.value) };
  const daysOf = (carrier: CarrierFacts) => ({
    carrier: carrier.name,
    days: Number(carrier.prepaidWithoutBalanceDays.value),
  });
  const contact = carrierContact(answers);
  switch (contact.kind) {
    case "noNumbers":
      return (
        <Statement basis={basedOn(money.prepaidLapseNoticeDays)}>
          {t("balance.prepaidWithoutBalanceUnknown", notice)}
        </Statement>
      );
    case "oneCarrier":
      return (
        <Statement basis={basedOn(contact.carrier.prepaidWithoutBalanceDays, money.prepaidLapseNoticeDays)}>
          {t("balance.prepaidWithoutBalance", { ...daysOf(contact.carrier), ...notice })}
        </Statement>
      );
    case "everyCarrier":
      return (
        <>
          <Statement basis={basedOn(money.prepaidLapseNoticeDays)}>
            {t("balance.prepaidWithoutBalanceEach", notice)}
          </Statement>
          <ul>
            {contact.carriers.map((carrier) => (
              <Statement as="li" key={carrier.name} basis={basedOn(carrier.prepaidWithoutBalanceDays)}>
                {t("balance.prepaidWithoutBalanceDays", daysOf(carrier))}
              </Statement>
            ))}
          </ul>
        </>
      );
  }
}

export function BalanceStep() {
  const t = useText();
  const answers = useAnswers();
  const topics = balanceTopics(answers);
  const deviceNote = deviceNoteFor(answers);
  const { next } = useWizardActions();
  return (
    <InfoPage title={t(stepTitleId("balance", answers) as MessageId)} onContinue={next}>
      {topics.includes("claroPasaSaldo") && <ClaroPasaSaldo />}
      {topics.includes("prepaidBalance") && <Statement basis={ourAdvice}>{t("balance.prepaid")}</Statement>}
      {topics.includes("prepaidBalanceOutOfReach") && (
        <Statement basis={ourAdvice}>{t("balance.prepaidOutOfReach")}</Statement>
      )}
      {topics.includes("blockedPrepaidBalance") && (
        <Statement basis={notInOurSources}>{t("balance.prepaidBlocked")}</Statement>
      )}
      {topics.includes("unusedPrepaidLine") && (
        <>
          <Statement basis={basedOn(money.unusedPrepaidLineDays)}>
            {t("balance.unusedPrepaidLine", { days: Number(money.unusedPrepaidLineDays.value) })}
          </Statement>
          <PrepaidWithoutBalance answers={answers} />
        </>
      )}
      {topics.includes("postpaidBill") && (
        <Statement basis={basedOn(money.cancelBeforeBillingCycle)}>{t("balance.billingCycle")}</Statement>
      )}
      {deviceNote && <Statement basis={phoneOwedBasis(answers)}>{t(`balance.${deviceNote}`)}</Statement>}
      {topics.includes("debt") && (
        <Statement basis={basedOn(rights.debtIsNoReasonToRefuse)}>{t("balance.debt")}</Statement>
      )}
      <CarrierContact answers={answers} />
    </InfoPage>
  );
}
