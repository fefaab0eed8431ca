import { aboutThisApp } from "../content/basis.ts";
import { useText } from "../i18n/useText.ts";
import { Statement } from "../ui/Statement.tsx";
import { TextQuestion } from "../ui/TextQuestion.tsx";
import { useAnswers, useRejection, useWizardActions } from "./wizard.ts";

/** The day the user flies out, if they know it: the plan counts back from it. */
export function FlightDateStep() {
  const t = useText();
  const { flightDate } = useAnswers();
  const rejection = useRejection();
  const { answer } = useWizardActions();
  return (
    <TextQuestion
      name="flightDate"
      title={t("flightDate.title")}
      hint={<Statement basis={aboutThisApp}>{t("flightDate.hint")}</Statement>}
      answer={flightDate}
      error={rejection && t(rejection.message)}
      type="date"
      onAnswer={answer}
    />
  );
}
