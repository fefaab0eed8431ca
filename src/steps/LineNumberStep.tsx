import { useText } from "../i18n/useText.ts";
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
      hint={t("lineNumber.hint")}
      answer={lineNumber}
      error={rejection && t(rejection)}
      inputMode="tel"
      autoComplete="tel-national"
      onAnswer={answer}
    />
  );
}
