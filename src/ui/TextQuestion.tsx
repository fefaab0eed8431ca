import { type ReactNode, useState } from "react";
import { useText } from "../i18n/useText.ts";
import { ErrorMessage } from "./ErrorMessage.tsx";
import { ErrorSummary } from "./ErrorSummary.tsx";

type TextQuestionProps = {
  name: string;
  title: string;
  hint?: ReactNode;
  answer: string | undefined;
  error: string | null;
  inputMode?: "tel" | "text";
  autoComplete?: string;
  onAnswer: (value: string) => void;
};

/** A single text field whose label is the page's heading. */
export function TextQuestion({
  name,
  title,
  hint,
  answer,
  error,
  inputMode,
  autoComplete,
  onAnswer,
}: TextQuestionProps) {
  const t = useText();
  const [value, setValue] = useState(answer ?? "");
  const describedBy = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ");
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onAnswer(value);
      }}
    >
      {error && <ErrorSummary message={error} fieldId={name} />}
      <div className={error ? "form-group form-group--error" : "form-group"}>
        <h1 tabIndex={-1}>
          <label htmlFor={name}>{title}</label>
        </h1>
        {hint && (
          <div className="hint" id={`${name}-hint`}>
            {hint}
          </div>
        )}
        {error && <ErrorMessage id={`${name}-error`} message={error} />}
        <input
          className="text-input"
          id={name}
          name={name}
          type="text"
          inputMode={inputMode}
          autoComplete={autoComplete}
          spellCheck={false}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <button type="submit" className="button">
        {t("common.continue")}
      </button>
    </form>
  );
}
