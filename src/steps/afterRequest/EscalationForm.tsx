import { aboutThisApp } from "../../content/basis.ts";
import { useText } from "../../i18n/useText.ts";
import { RecordForm } from "../../ui/RecordForm.tsx";
import { Statement } from "../../ui/Statement.tsx";
import { useFollowUp, useRejection, useWizardActions } from "../wizard.ts";

/** The days the next steps count from: the reclamo's (with its code) and the carrier's answer. */
export function EscalationForm() {
  const t = useText();
  const { escalation } = useFollowUp();
  const rejection = useRejection();
  const { recordEscalation } = useWizardActions();
  return (
    <RecordForm
      id="escalation"
      title={t("escalation.heading")}
      intro={<Statement basis={aboutThisApp}>{t("escalation.hint")}</Statement>}
      fields={[
        { name: "reclamoDate", label: t("escalation.reclamoDate"), type: "date" },
        { name: "reclamoCode", label: t("escalation.reclamoCode") },
        { name: "answerDate", label: t("escalation.answerDate"), type: "date" },
      ]}
      values={escalation}
      error={rejection && { field: rejection.field, message: t(rejection.message) }}
      saveLabel={t("escalation.save")}
      savedMessage={t("escalation.saved")}
      onSave={recordEscalation}
    />
  );
}
