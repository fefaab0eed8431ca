import type { ReactNode } from "react";
import type { QuestionId } from "../flow/answers.ts";
import { offeredOptions } from "../flow/rules.ts";
import type { MessageId } from "../i18n/useText.ts";
import { useText } from "../i18n/useText.ts";
import { RadioQuestion } from "../ui/RadioQuestion.tsx";
import { useAnswers, useRejection, useWizardActions } from "./wizard.ts";

type ChoiceStepProps = { question: QuestionId; hint?: ReactNode };

/**
 * A question answered by picking one of the options the flow offers; the labels live in the catalog as
 * `<question>.option.<value>`. A plain choice question needs no component of its own: this one serves it.
 */
export function ChoiceStep({ question, hint }: ChoiceStepProps) {
  const t = useText();
  const answers = useAnswers();
  const rejection = useRejection();
  const { answer } = useWizardActions();
  return (
    <RadioQuestion
      name={question}
      title={t(`${question}.title` as MessageId)}
      hint={hint}
      options={offeredOptions(question, answers).map((value) => ({
        value,
        label: t(`${question}.option.${value}` as MessageId),
      }))}
      answer={answers[question]}
      error={rejection && t(rejection)}
      onAnswer={answer}
    />
  );
}
