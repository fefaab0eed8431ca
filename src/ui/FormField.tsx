import type { ReactNode } from "react";
import { ErrorMessage } from "./ErrorMessage.tsx";

type FormFieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  type?: "text" | "date" | "email";
  autoComplete?: string;
  value: string;
  /** The message, when this field is the one at fault; it shows right above the field. */
  error: string | null;
  /** The id the message takes: the one an error summary or a form already names. */
  errorId: string;
  onChange: (value: string) => void;
};

/** One typed field of a form with several: its label, its hint, and its own error when it is the one at fault. */
export function FormField({
  id,
  label,
  hint,
  type = "text",
  autoComplete = "off",
  value,
  error,
  errorId,
  onChange,
}: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId} message={error} />}
      <input
        className="text-input"
        id={id}
        name={id}
        type={type}
        autoComplete={autoComplete}
        spellCheck={false}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? errorId : undefined, hintId].filter(Boolean).join(" ") || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
