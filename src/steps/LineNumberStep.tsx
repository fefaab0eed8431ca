import { aboutThisApp } from "../content/basis.ts";
import { lineNumberFormat } from "../flow/answerOptions.ts";
import { useText } from "../i18n/useText.ts";
import { Statement } from "../ui/Statement.tsx";
import { TextQuestion } from "../ui/TextQuestion.tsx";
import { useAnswers, useRejection, useWizardActions } from "./wizard.ts";

export function LineNumberStep() {
  const t = useText();
  const { lineNumber } = useAnswers();
  const rejection = useRejection();
  const { answer } = useWizardActions();
  return (
    <TextQuestion
      name="lineNumber"
      title={t("lineNumber.title")}
      hint={<Statement basis={aboutThisApp}>{t("lineNumber.hint", lineNumberFormat)}</Statement>}
      answer={lineNumber}
      error={rejection && t(rejection.message, lineNumberFormat)}
      inputMode="tel"
      autoComplete="tel-national"
      onAnswer={answer}
    />
  );
}
