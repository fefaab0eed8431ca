import { documentsFor } from "../../flow/documents.ts";
import { planFor } from "../../flow/plan.ts";
import { showsStaffCard } from "../../flow/rules.ts";
import { stepHash } from "../../flow/stepAddress.ts";
import { questionIds } from "../../flow/steps.ts";
import { type MessageId, useText } from "../../i18n/useText.ts";
import { Checklist } from "../../ui/Checklist.tsx";
import { answerText } from "../answerText.ts";
import { documentLabel, documentReason } from "../documentItemText.ts";
import { StaffCardForAnswers } from "../StaffCardForAnswers.tsx";
import { useAnswers, useTicks, useWizardActions } from "../wizard.ts";
import { PlanActions } from "./PlanActions.tsx";

/** Check your answers, the plan in order, and the document checklist. */
export function SummaryStep() {
  const t = useText();
  const answers = useAnswers();
  const ticks = useTicks();
  const { change, toggleTick } = useWizardActions();
  return (
    <>
      <h1 tabIndex={-1}>{t("summary.title")}</h1>
      <h2>{t("summary.planTitle")}</h2>
      <ol className="plan">
        {planFor(answers).map(({ id }) => (
          <li key={id}>{t(`plan.${id}` as MessageId)}</li>
        ))}
      </ol>
      <h2>{t("summary.documentsTitle")}</h2>
      <Checklist
        name="summary-documents"
        legend={t("summary.documentsTitle")}
        items={documentsFor(answers).map(({ id }) => ({
          id,
          label: documentLabel(id, t),
          detail: documentReason(id, t),
        }))}
        ticked={ticks}
        onToggle={toggleTick}
      />
      {showsStaffCard(answers) && <StaffCardForAnswers answers={answers} />}
      <h2>{t("summary.answersTitle")}</h2>
      <dl className="summary-list">
        {questionIds.map((question) => {
          const label = t(`summary.question.${question}` as MessageId);
          return (
            <div className="summary-list__row" key={question}>
              <dt>{label}</dt>
              <dd>{answerText(question, answers[question], t)}</dd>
              <dd className="summary-list__actions">
                <a
                  href={stepHash(question)}
                  onClick={(event) => {
                    event.preventDefault();
                    change(question);
                  }}
                >
                  {t("summary.change")} <span className="visually-hidden">{label}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      <PlanActions />
    </>
  );
}
