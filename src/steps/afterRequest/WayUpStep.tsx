import type { ReactNode } from "react";
import { afterRequest } from "../../content/afterRequest.ts";
import { basedOn, ourAdvice } from "../../content/basis.ts";
import { type WayUpStage, type WayUpStageId, wayUpFor } from "../../flow/wayUp.ts";
import { useText } from "../../i18n/useText.ts";
import { InfoPage } from "../../ui/InfoPage.tsx";
import { Statement } from "../../ui/Statement.tsx";
import { CarrierContact } from "../CarrierContact.tsx";
import { OsiptelContacts } from "../WayUp.tsx";
import { wayUpSteps, wayUpTimesNote } from "../wayUpSteps.ts";
import { useAnswers, useFollowUp, useWizardActions } from "../wizard.ts";
import { EscalationForm } from "./EscalationForm.tsx";
import { HolidayTableNote } from "./HolidayTableNote.tsx";
import { WayUpStageStatus } from "./WayUpStageStatus.tsx";

const reclamoMatterMessage = (billed: boolean, withCode: boolean) =>
  billed
    ? withCode
      ? "wayUpDated.reclamoMatterBilledCode"
      : "wayUpDated.reclamoMatterBilled"
    : withCode
      ? "wayUpDated.reclamoMatterCode"
      : "wayUpDated.reclamoMatter";

/** Every day the way up counts business days over, for the note on the holidays they rest on. */
const daysCounted = (stages: readonly WayUpStage[]) =>
  stages.flatMap(({ opensOn, closesOn }) => [opensOn, closesOn].filter((day) => day !== null));

/** The line is still there after the due date: each step up, with the day the rules allow it. */
export function WayUpStep() {
  const t = useText();
  const answers = useAnswers();
  const followUp = useFollowUp();
  const { openLetters } = useWizardActions();
  const code = followUp.request?.code ?? "";
  const generalSteps = new Map(wayUpSteps(t).map((step) => [step.id as WayUpStageId, step]));
  const timesNote = wayUpTimesNote(t);
  const stages = wayUpFor(followUp);

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
            <Statement
              basis={basedOn(
                afterRequest.reclamoMatterBajaNotCarriedOut,
                afterRequest.chargesAfterDueDateNotOwed,
              )}
            >
              {t(reclamoMatterMessage(followUp.lineCheck === "stillBilled", code !== ""), { code })}
            </Statement>
            {generalStep(stage.id)}
            <Statement basis={timesNote.basis}>{timesNote.text}</Statement>
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
        {stages.map((stage) => (
          <li key={stage.id}>
            <h2>{t(`wayUpDated.stage.${stage.id}`)}</h2>
            <WayUpStageStatus stage={stage} followUp={followUp} />
            {stageContent(stage)}
            {stage.id === "callCarrier" && <CarrierContact answers={answers} heading="h3" />}
          </li>
        ))}
      </ol>
      <HolidayTableNote days={daysCounted(stages)} />
      <EscalationForm />
      <button type="button" className="button button--secondary" onClick={openLetters}>
        {t("wayUpDated.letters")}
      </button>
    </InfoPage>
  );
}
