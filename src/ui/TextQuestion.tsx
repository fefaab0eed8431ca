import { type ReactNode, useState } from "react";
import { useContinueAhead } from "./continueAhead.ts";
import { QuestionForm } from "./QuestionForm.tsx";

type TextQuestionProps = {
  name: string;
  title: string;
  hint?: ReactNode;
  answer: string | undefined;
  error: string | null;
  inputMode?: "tel" | "text";
  /** A date field gives the day as YYYY-MM-DD, with the phone's own date picker. */
  type?: "text" | "date";
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
  type = "text",
  autoComplete,
  onAnswer,
}: TextQuestionProps) {
  const [value, setValue] = useState(answer ?? "");
  useContinueAhead({ answer: value });
  return (
    <QuestionForm name={name} hint={hint} error={error} errorTarget={name} onSubmit={() => onAnswer(value)}>
      {(describedBy, details) => (
        <>
          <h1 tabIndex={-1}>
            <label htmlFor={name}>{title}</label>
          </h1>
          {details}
          <input
            className="text-input"
            id={name}
            name={name}
            type={type}
            inputMode={inputMode}
            autoComplete={autoComplete}
            spellCheck={false}
            value={value}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => setValue(event.target.value)}
          />
        </>
      )}
    </QuestionForm>
  );
}
