import { type ReactNode, useState } from "react";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { FormField } from "./FormField.tsx";
import { useSubmissionCount } from "./useSubmissionCount.ts";

export type RecordField<Name extends string> = {
  name: Name;
  label: string;
  type?: "text" | "date" | "email";
  autoComplete?: string;
};

type RecordFormProps<Name extends string> = {
  /** Prefixes the ids of the form's heading and fields. */
  id: string;
  title: string;
  intro: ReactNode;
  fields: readonly RecordField<Name>[];
  values: Record<Name, string>;
  /** The record just refused: the field at fault, and the message saying why. */
  error: { field: string; message: string } | null;
  saveLabel: string;
  savedMessage: string;
  onSave: (values: Record<Name, string>) => void;
};

/**
 * A few fields saved on the page they sit on (not a question that moves on): the error summary linking to the field
 * at fault, and a status once saved. It posts nothing anywhere, so what is typed never reaches the address bar.
 */
export function RecordForm<Name extends string>({
  id,
  title,
  intro,
  fields,
  values,
  error,
  saveLabel,
  savedMessage,
  onSave,
}: RecordFormProps<Name>) {
  const [typed, setTyped] = useState(values);
  const { submissions, countSubmission } = useSubmissionCount();
  const [saved, setSaved] = useState(false);
  const fieldId = (name: Name) => `${id}-${name}`;
  const fieldAtFault = error === null ? undefined : fields.find(({ name }) => name === error.field)?.name;
  const errorTarget = fieldAtFault ?? fields[0]?.name;
  return (
    <form
      method="post"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        countSubmission();
        onSave(typed);
        setSaved(true);
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {intro}
      {error && errorTarget && (
        <ErrorSummary key={submissions} message={error.message} fieldId={fieldId(errorTarget)} />
      )}
      {fields.map(({ name, label, type, autoComplete }) => (
        <FormField
          key={name}
          id={fieldId(name)}
          label={label}
          type={type}
          autoComplete={autoComplete}
          value={typed[name]}
          error={error !== null && name === fieldAtFault ? error.message : null}
          errorId={`${fieldId(name)}-error`}
          onChange={(value) => {
            setSaved(false);
            setTyped({ ...typed, [name]: value });
          }}
        />
      ))}
      <button type="submit" className="button">
        {saveLabel}
      </button>
      <p className="save-status" role="status">
        {saved && !error ? savedMessage : ""}
      </p>
    </form>
  );
}
