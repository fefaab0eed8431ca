import type { ReactNode } from "react";
import type { Answers } from "../flow/answers.ts";
import type { MessageId } from "../i18n/useText.ts";
import { useText } from "../i18n/useText.ts";
import { RadioQuestion } from "../ui/RadioQuestion.tsx";
import { useAnswers, useRejection, useWizardActions } from "./wizard.ts";

type ChoiceQuestion = Exclude<keyof Answers, "lineNumber">;

type ChoiceStepProps<Q extends ChoiceQuestion> = {
  question: Q;
  options: readonly NonNullable<Answers[Q]>[];
  hint?: ReactNode;
};

/** A question answered by picking one option; the labels live in the catalog as `<question>.option.<value>`. */
export function ChoiceStep<Q extends ChoiceQuestion>({ question, options, hint }: ChoiceStepProps<Q>) {
  const t = useText();
  const answers = useAnswers();
  const rejection = useRejection();
  const { answer } = useWizardActions();
  return (
    <RadioQuestion
      name={question}
      title={t(`${question}.title` as MessageId)}
      hint={hint}
      options={options.map((value) => ({ value, label: t(`${question}.option.${value}` as MessageId) }))}
      answer={answers[question]}
      error={rejection && t(rejection)}
      onAnswer={answer}
    />
  );
}
