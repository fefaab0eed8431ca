import type { ReactNode } from "react";
import { afterRequest } from "../../content/afterRequest.ts";
import { bajaDeadline } from "../../content/bajaDeadline.ts";
import { aboutThisApp, type Basis, basedOn, ourAdvice } from "../../content/basis.ts";
import { citeRule } from "../../content/fact.ts";
import type { FollowUp } from "../../flow/followUp.ts";
import {
  type StageStatus,
  stageStatus,
  type WayUpStage,
  type WayUpStageId,
  wayUpFor,
} from "../../flow/wayUp.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useText } from "../../i18n/useText.ts";
import { InfoPage } from "../../ui/InfoPage.tsx";
import { readableDate } from "../../ui/readableDate.ts";
import { Statement } from "../../ui/Statement.tsx";
import { CarrierContact } from "../CarrierContact.tsx";
import { OsiptelContacts } from "../WayUp.tsx";
import { wayUpSourcesDiffer, wayUpSteps } from "../wayUpSteps.ts";
import { today, useAnswers, useFollowUp, useWizardActions } from "../wizard.ts";
import { EscalationForm } from "./EscalationForm.tsx";
import { HolidayTableNote } from "./HolidayTableNote.tsx";

const statusMessages = {
  open: "wayUpDated.status.open",
  openUntil: "wayUpDated.status.openUntil",
  opensLater: "wayUpDated.status.opensLater",
  waitsForReclamo: "wayUpDated.status.waitsForReclamo",
  waitsForAnswer: "wayUpDated.status.waitsForAnswer",
  carrierAnswered: "wayUpDated.status.carrierAnswered",
  ended: "wayUpDated.status.ended",
} as const satisfies Record<StageStatus, string>;

const reclamoMatterMessage = (billed: boolean, withCode: boolean) =>
  billed
    ? withCode
      ? "wayUpDated.reclamoMatterBilledCode"
      : "wayUpDated.reclamoMatterBilled"
    : withCode
      ? "wayUpDated.reclamoMatterCode"
      : "wayUpDated.reclamoMatter";

/** Every day the way up counts business days over, for the note on the holidays they rest on. */
const daysCounted = (followUp: FollowUp) =>
  wayUpFor(followUp).flatMap(({ opensOn, closesOn }) => [opensOn, closesOn].filter((day) => day !== null));

/** The rules each step's dates are counted by: the baja's deadline, the carrier's time to answer, the appeal's. */
function datesRestOn(id: WayUpStageId, followUp: FollowUp): Basis {
  const { reclamoAnswerDaysRegional, reclamoNotifyDays, appealDays } = afterRequest;
  if (id === "queja") return basedOn(reclamoAnswerDaysRegional, reclamoNotifyDays);
  if (id === "appeal") return basedOn(appealDays);
  return followUp.request ? basedOn(citeRule(bajaDeadline, followUp.request.date)) : aboutThisApp;
}

/** The line is still there after the due date: each step up, with the day the rules allow it. */
export function WayUpStep() {
  const t = useText();
  const locale = useLocale();
  const answers = useAnswers();
  const followUp = useFollowUp();
  const { openLetters } = useWizardActions();
  const code = followUp.request?.code ?? "";
  const generalSteps = new Map(wayUpSteps(t).map((step) => [step.id as WayUpStageId, step]));
  const sourcesDiffer = wayUpSourcesDiffer(t);
  const day = today();

  const statusOf = (stage: WayUpStage) => (
    <Statement basis={datesRestOn(stage.id, followUp)}>
      <strong>
        {t(statusMessages[stageStatus(stage, day)], {
          opensOn: stage.opensOn ? readableDate(stage.opensOn, locale) : "",
          closesOn: stage.closesOn ? readableDate(stage.closesOn, locale) : "",
        })}
      </strong>
    </Statement>
  );

  const stageContent = (stage: WayUpStage): ReactNode => {
    switch (stage.id) {
      case "callCarrier":
        return (
          <Statement basis={ourAdvice}>
            {code ? t("wayUpDated.callCarrierCode", { code }) : t("wayUpDated.callCarrier")}
          </Statement>
        );
      case "reclamo":
        return (
          <>
            <Statement basis={basedOn(afterRequest.chargesAfterDueDateNotOwed)}>
              {t(reclamoMatterMessage(followUp.lineCheck === "stillBilled", code !== ""), { code })}
            </Statement>
            {generalStep(stage.id)}
            <Statement basis={sourcesDiffer.basis}>{sourcesDiffer.text}</Statement>
          </>
        );
      default:
        return generalStep(stage.id);
    }
  };

  const generalStep = (id: WayUpStageId) => {
    const step = generalSteps.get(id);
    return (
      step && (
        <Statement basis={step.basis}>
          {step.text}
          {id === "quieroSalirme" && <OsiptelContacts />}
        </Statement>
      )
    );
  };

  return (
    <InfoPage title={t("wayUp.title")}>
      <ol className="steps">
        {wayUpFor(followUp).map((stage) => (
          <li key={stage.id}>
            <h2>{t(`wayUpDated.stage.${stage.id}`)}</h2>
            {statusOf(stage)}
            {stageContent(stage)}
            {stage.id === "callCarrier" && <CarrierContact answers={answers} heading="h3" />}
          </li>
        ))}
      </ol>
      <HolidayTableNote days={daysCounted(followUp)} />
      <EscalationForm />
      <button type="button" className="button button--secondary" onClick={openLetters}>
        {t("wayUpDated.letters")}
      </button>
    </InfoPage>
  );
}
