import { ourAdvice } from "../../content/basis.ts";
import { lineChecksFor } from "../../flow/rules.ts";
import { useText } from "../../i18n/useText.ts";
import { RadioQuestion } from "../../ui/RadioQuestion.tsx";
import { Statement } from "../../ui/Statement.tsx";
import { useAnswers, useFollowUp, useRejection, useWizardActions } from "../wizard.ts";

const optionLabels = {
  gone: "checkIn.option.gone",
  stillWorking: "checkIn.option.stillWorking",
  stillBilled: "checkIn.option.stillBilled",
} as const;

/** Asked from the due date on: the answer leads to the done page or to the way up. */
export function CheckInStep() {
  const t = useText();
  const { lineCheck } = useFollowUp();
  const options = lineChecksFor(useAnswers());
  const rejection = useRejection();
  const { answer } = useWizardActions();
  return (
    <RadioQuestion
      name="lineCheck"
      title={t("checkIn.title")}
      hint={<Statement basis={ourAdvice}>{t("checkIn.hint")}</Statement>}
      options={options.map((value) => ({ value, label: t(optionLabels[value]) }))}
      answer={lineCheck ?? undefined}
      error={rejection && t(rejection.message)}
      onAnswer={answer}
    />
  );
}
