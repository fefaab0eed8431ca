import { useState } from "react";
import { aboutThisApp } from "../../content/basis.ts";
import type { Escalation } from "../../flow/followUp.ts";
import { useText } from "../../i18n/useText.ts";
import { ErrorMessage } from "../../ui/ErrorMessage.tsx";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { Statement } from "../../ui/Statement.tsx";
import { useFollowUp, useRejection, useWizardActions } from "../wizard.ts";

const fields = [
  { field: "reclamoDate", type: "date", label: "escalation.reclamoDate" },
  { field: "reclamoCode", type: "text", label: "escalation.reclamoCode" },
  { field: "answerDate", type: "date", label: "escalation.answerDate" },
] as const;

const fieldId = (field: keyof Escalation) => `escalation-${field}`;

/** The days the next steps count from: the reclamo's (with its code) and the carrier's answer. */
export function EscalationForm() {
  const t = useText();
  const { escalation } = useFollowUp();
  const rejection = useRejection();
  const { recordEscalation } = useWizardActions();
  const [typed, setTyped] = useState(escalation);
  const [attempts, setAttempts] = useState(0);
  const [saved, setSaved] = useState(false);
  const fieldInError = rejection
    ? fields.find(({ field }) => rejection === `error.${field}`)?.field
    : undefined;
  return (
    <form
      noValidate
      aria-labelledby="escalation-title"
      onSubmit={(event) => {
        event.preventDefault();
        setAttempts((count) => count + 1);
        recordEscalation(typed);
        setSaved(true);
      }}
    >
      <h2 id="escalation-title">{t("escalation.heading")}</h2>
      <Statement basis={aboutThisApp}>{t("escalation.hint")}</Statement>
      {rejection && (
        <ErrorSummary
          key={attempts}
          message={t(rejection)}
          fieldId={fieldId(fieldInError ?? "reclamoDate")}
        />
      )}
      {fields.map(({ field, type, label }) => (
        <div className={fieldInError === field ? "field form-group--error" : "field"} key={field}>
          <label htmlFor={fieldId(field)}>{t(label)}</label>
          {fieldInError === field && rejection && (
            <ErrorMessage id={`${fieldId(field)}-error`} message={t(rejection)} />
          )}
          <input
            className="text-input"
            id={fieldId(field)}
            type={type}
            autoComplete="off"
            spellCheck={false}
            value={typed[field]}
            aria-invalid={fieldInError === field || undefined}
            aria-describedby={fieldInError === field ? `${fieldId(field)}-error` : undefined}
            onChange={(event) => {
              setSaved(false);
              setTyped({ ...typed, [field]: event.target.value });
            }}
          />
        </div>
      ))}
      <button type="submit" className="button">
        {t("escalation.save")}
      </button>
      <p className="notice" role="status">
        {saved && !rejection ? t("escalation.saved") : ""}
      </p>
    </form>
  );
}
