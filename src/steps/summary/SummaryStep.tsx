import { dayInLima } from "../../flow/limaDate.ts";
import { planSummaryFor } from "../../flow/planSummary.ts";
import { stepHash } from "../../flow/stepHashPrefix.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { type MessageId, useText } from "../../i18n/useText.ts";
import { Statement } from "../../ui/Statement.tsx";
import { answerText } from "../answerText.ts";
import { CarrierContact } from "../CarrierContact.tsx";
import { DocumentsByVisit } from "../DocumentsByVisit.tsx";
import { StaffCardOf } from "../StaffCardForAnswers.tsx";
import { useAnswers, useWizardActions } from "../wizard.ts";
import { AfterTheRequest } from "./AfterTheRequest.tsx";
import { PlanActions } from "./PlanActions.tsx";
import { planActionText, shortAnswerText } from "./planActionText.ts";

/** Check your answers, the plan in order, and the document checklist. */
export function SummaryStep() {
  const t = useText();
  const locale = useLocale();
  const answers = useAnswers();
  const { change } = useWizardActions();
  const summary = planSummaryFor(answers, dayInLima(new Date()));
  return (
    <>
      <h1 tabIndex={-1}>{t("summary.title")}</h1>
      <section className="short-answer" aria-labelledby="short-answer-title">
        <h2 id="short-answer-title">{t("short.title")}</h2>
        {summary.shortAnswer.map((part) => (
          <Statement key={part.id} basis={part.basis}>
            {shortAnswerText(part, t, locale)}
          </Statement>
        ))}
      </section>
      <h2>{t("summary.planTitle")}</h2>
      <ol className="plan">
        {summary.actions.map((action) => (
          <Statement as="li" key={action.id} basis={action.basis}>
            {planActionText(action, t, locale)}
          </Statement>
        ))}
      </ol>
      <AfterTheRequest />
      <h2>{t("summary.documentsTitle")}</h2>
      <DocumentsByVisit
        name="summary-documents"
        legend={t("summary.documentsTitle")}
        documents={summary.documents}
        heading="h3"
      />
      {summary.staffCards.map(({ visit, lines }) => (
        <StaffCardOf key={visit} visit={visit} lines={lines} />
      ))}
      <CarrierContact answers={answers} />
      <h2>{t("summary.answersTitle")}</h2>
      <dl className="summary-list">
        {summary.answers.map(({ question, answer }) => {
          const label = t(`summary.question.${question}` as MessageId);
          return (
            <div className="summary-list__row" key={question}>
              <dt>{label}</dt>
              <dd>{answerText(question, answer, t, locale)}</dd>
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
