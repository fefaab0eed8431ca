import type { ReactNode } from "react";
import { useText } from "../i18n/useText.ts";
import { ErrorMessage } from "./ErrorMessage.tsx";
import { ErrorSummary } from "./ErrorSummary.tsx";
import { useSubmissionCount } from "./useSubmissionCount.ts";

type QuestionFormProps = {
  name: string;
  hint?: ReactNode;
  error: string | null;
  /** The element the error summary links to: the field, or the first option of a group. */
  errorTarget: string;
  /** The question's heading and field; receives the ids that describe the field. */
  children: (describedBy: string | undefined, details: ReactNode) => ReactNode;
  onSubmit: () => void;
  /** A form of several fields marks the one at fault itself, rather than the whole form. */
  severalFields?: true;
};

/**
 * What every question page shares (GOV.UK question page): browser validation off, the error summary first, the
 * hint and inline error next to the field, and Continue.
 */
export function QuestionForm({
  name,
  hint,
  error,
  errorTarget,
  children,
  onSubmit,
  severalFields,
}: QuestionFormProps) {
  const t = useText();
  const { submissions, countSubmission } = useSubmissionCount();
  const describedBy = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ");
  const details = (
    <>
      {hint && (
        <div className="hint" id={`${name}-hint`}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={`${name}-error`} message={error} />}
    </>
  );
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        countSubmission();
        onSubmit();
      }}
    >
      {error && <ErrorSummary key={submissions} message={error} fieldId={errorTarget} />}
      <div className={error && !severalFields ? "form-group form-group--error" : "form-group"}>
        {children(describedBy || undefined, details)}
      </div>
      <button type="submit" className="button">
        {t("common.continue")}
      </button>
    </form>
  );
}
