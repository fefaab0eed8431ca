import { type ReactNode, useState } from "react";
import { useText } from "../i18n/useText.ts";
import { ErrorMessage } from "./ErrorMessage.tsx";
import { ErrorSummary } from "./ErrorSummary.tsx";

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
  const t = useText();
  const [selected, setSelected] = useState(answer);
  const firstOptionId = `${name}-${options[0]?.value}`;
  const describedBy = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ");
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onAnswer(selected);
      }}
    >
      {error && <ErrorSummary message={error} fieldId={firstOptionId} />}
      <div className={error ? "form-group form-group--error" : "form-group"}>
        <fieldset aria-describedby={describedBy || undefined}>
          <legend>
            <h1 tabIndex={-1}>{title}</h1>
          </legend>
          {hint && (
            <div className="hint" id={`${name}-hint`}>
              {hint}
            </div>
          )}
          {error && <ErrorMessage id={`${name}-error`} message={error} />}
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
      </div>
      <button type="submit" className="button">
        {t("common.continue")}
      </button>
    </form>
  );
}
