import { type ReactNode, useState } from "react";
import { aboutThisApp } from "../content/basis.ts";
import { useText } from "../i18n/useText.ts";
import { useContinueAhead } from "./continueAhead.ts";
import { QuestionForm } from "./QuestionForm.tsx";
import { Statement } from "./Statement.tsx";

export type RadioOption = { value: string; label: string };

type RadioQuestionProps = {
  name: string;
  title: string;
  hint?: ReactNode;
  options: readonly RadioOption[];
  answer: string | undefined;
  error: string | null;
  onAnswer: (value: string | undefined) => void;
};

/** One question per page: the legend is the page's heading, and nothing is validated before Continue. */
export function RadioQuestion({ name, title, hint, options, answer, error, onAnswer }: RadioQuestionProps) {
  const [selected, setSelected] = useState(answer);
  useContinueAhead(selected === undefined ? null : { answer: selected });
  return (
    <QuestionForm
      name={name}
      hint={hint}
      error={error}
      errorTarget={`${name}-${options[0]?.value}`}
      onSubmit={() => onAnswer(selected)}
    >
      {(describedBy, details) => (
        <fieldset aria-describedby={describedBy}>
          <legend>
            <h1 tabIndex={-1}>{title}</h1>
          </legend>
          {details}
          <div className="radios">
            {options.map((option) => {
              const id = `${name}-${option.value}`;
              return (
                <div className="radio" key={option.value}>
                  <input
                    type="radio"
                    id={id}
                    name={name}
                    value={option.value}
                    checked={selected === option.value}
                    onChange={() => setSelected(option.value)}
                  />
                  <label htmlFor={id}>{option.label}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
    </QuestionForm>
  );
}

type StatedAnswerProps = {
  name: string;
  /** The answer, stated: the page's heading. */
  title: string;
  hint?: ReactNode;
  answer: string;
  error: string | null;
  onAnswer: (value: string) => void;
};

/** A question with one possible answer is stated, not asked: the page says the answer, and Continue gives it. */
export function StatedAnswer({ name, title, hint, answer, error, onAnswer }: StatedAnswerProps) {
  const t = useText();
  const headingId = `${name}-answer`;
  useContinueAhead({ answer });
  return (
    <QuestionForm
      name={name}
      hint={hint}
      error={error}
      errorTarget={headingId}
      onSubmit={() => onAnswer(answer)}
    >
      {(_, details) => (
        <>
          <h1 tabIndex={-1} id={headingId}>
            {title}
          </h1>
          <Statement basis={aboutThisApp}>{t("choice.onlyAnswer.why")}</Statement>
          {details}
        </>
      )}
    </QuestionForm>
  );
}
