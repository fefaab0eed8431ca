import type { ReactNode } from "react";
import type { QuestionId } from "../flow/answers.ts";
import { offeredOptions } from "../flow/questionsAsked.ts";
import type { MessageId } from "../i18n/useText.ts";
import { useText } from "../i18n/useText.ts";
import { RadioQuestion, StatedAnswer } from "../ui/RadioQuestion.tsx";
import { useAnswers, useRejection, useWizardActions } from "./wizard.ts";

type ChoiceStepProps = { question: QuestionId; hint?: ReactNode };

/**
 * A question answered by picking one of the options the flow offers; the labels live in the catalog as
 * `<question>.option.<value>`. A plain choice question needs no component of its own: this one serves it. When the
 * other answers leave a single option, the page states it instead of asking.
 */
export function ChoiceStep({ question, hint }: ChoiceStepProps) {
  const t = useText();
  const answers = useAnswers();
  const rejection = useRejection();
  const { answer } = useWizardActions();
  const options = offeredOptions(question, answers).map((value) => ({
    value,
    label: t(`${question}.option.${value}` as MessageId),
  }));
  const error = rejection && t(rejection.message);
  const [onlyOption, ...otherOptions] = options;
  if (onlyOption && otherOptions.length === 0) {
    const topic = t(`summary.question.${question}` as MessageId);
    return (
      <StatedAnswer
        name={question}
        title={t("choice.onlyAnswer.title", { question: topic, answer: onlyOption.label })}
        hint={hint}
        answer={onlyOption.value}
        error={error}
        onAnswer={answer}
      />
    );
  }
  return (
    <RadioQuestion
      name={question}
      title={t(`${question}.title` as MessageId)}
      hint={hint}
      options={options}
      answer={answers[question]}
      error={error}
      onAnswer={answer}
    />
  );
}
