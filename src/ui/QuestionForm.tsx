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
  const submit = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    // Only a summary already shown needs showing anew; counting otherwise would render the page it leaves again.
    if (error) countSubmission();
    onSubmit();
  };
  return (
    <form noValidate onSubmit={submit}>
      {error && <ErrorSummary key={submissions} message={error} fieldId={errorTarget} />}
      <div className={error && !severalFields ? "form-group form-group--error" : "form-group"}>
        {children(describedBy || undefined, details)}
      </div>
      {/* Continue answers on its click, Enter in a field included (the browser clicks the form's first submit button): the
          browser's own submission, which lays the page out again to look over the form, is cancelled. */}
      <button type="submit" className="button" onClick={submit}>
        {t("common.continue")}
      </button>
    </form>
  );
}
