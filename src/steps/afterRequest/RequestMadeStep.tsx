import { type ReactNode, useState } from "react";
import { latestChosenDateMonths } from "../../content/bajaDeadline.ts";
import { aboutThisApp, basedOn } from "../../content/basis.ts";
import { channels } from "../../flow/answerOptions.ts";
import type { RequestRecord } from "../../flow/followUp.ts";
import { requestDraft } from "../../flow/requestDates.ts";
import { useText } from "../../i18n/useText.ts";
import { QuestionForm } from "../../ui/QuestionForm.tsx";
import { Statement } from "../../ui/Statement.tsx";
import { today, useAnswers, useFollowUp, useRejection, useWizardActions } from "../wizard.ts";

/** The field each refusal is about: the error summary links to it. */
const fieldOf: Record<string, keyof RequestRecord> = {
  "error.requestDate": "date",
  "error.requestDateInFuture": "date",
  "error.requestChannel": "channel",
  "error.requestCode": "code",
  "error.chosenDate": "chosenDate",
};

const channelLabels = {
  store: "requestMade.channelStore",
  phone: "requestMade.channelPhone",
  online: "requestMade.channelOnline",
} as const;

const fieldId = (field: keyof RequestRecord) =>
  field === "channel" ? "request-channel-store" : `request-${field}`;

type TypedField = Exclude<keyof RequestRecord, "channel">;

type RequestFieldProps = {
  field: TypedField;
  label: string;
  hint?: ReactNode;
  type?: "text" | "date";
  value: string;
  invalid: boolean;
  /** The error's id, when this field is the one at fault. */
  describedBy: string | undefined;
  onChange: (value: string) => void;
};

/** One typed field of the record, with its label, its hint and, when it is at fault, the error's description. */
function RequestField({
  field,
  label,
  hint,
  type = "text",
  value,
  invalid,
  describedBy,
  onChange,
}: RequestFieldProps) {
  const id = fieldId(field);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      )}
      <input
        className="text-input"
        id={id}
        type={type}
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={[describedBy, hintId].filter(Boolean).join(" ") || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** "I have made the request": the day (today in Lima unless told), the channel, the code and a chosen date. */
export function RequestMadeStep() {
  const t = useText();
  const answers = useAnswers();
  const { request } = useFollowUp();
  const rejection = useRejection();
  const { recordRequest } = useWizardActions();
  const [record, setRecord] = useState(() => requestDraft(answers, request, today()));
  const fieldInError = rejection ? (fieldOf[rejection] ?? "date") : null;
  const set = (field: keyof RequestRecord) => (value: string) => setRecord({ ...record, [field]: value });
  const fieldState = (field: TypedField, describedBy: string | undefined) => ({
    value: record[field],
    invalid: fieldInError === field,
    describedBy: fieldInError === field ? describedBy : undefined,
    onChange: set(field),
  });
  return (
    <QuestionForm
      name="requestMade"
      error={rejection && t(rejection)}
      errorTarget={fieldId(fieldInError ?? "date")}
      onSubmit={() => recordRequest(record)}
    >
      {(describedBy, details) => (
        <>
          <h1 tabIndex={-1}>{t("requestMade.title")}</h1>
          <Statement basis={aboutThisApp}>{t("requestMade.intro")}</Statement>
          {details}
          <RequestField
            field="date"
            label={t("requestMade.date")}
            type="date"
            {...fieldState("date", describedBy)}
          />
          <fieldset className="field" aria-describedby={fieldInError === "channel" ? describedBy : undefined}>
            <legend>{t("requestMade.channel")}</legend>
            <div className="radios">
              {channels.map((channel) => (
                <div className="radio" key={channel}>
                  <input
                    type="radio"
                    id={`request-channel-${channel}`}
                    name="request-channel"
                    value={channel}
                    checked={record.channel === channel}
                    onChange={() => set("channel")(channel)}
                  />
                  <label htmlFor={`request-channel-${channel}`}>{t(channelLabels[channel])}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <RequestField
            field="code"
            label={t("requestMade.code")}
            hint={<Statement basis={aboutThisApp}>{t("requestMade.codeHint")}</Statement>}
            {...fieldState("code", describedBy)}
          />
          <RequestField
            field="chosenDate"
            label={t("requestMade.chosenDate")}
            type="date"
            hint={
              <Statement basis={basedOn(latestChosenDateMonths)}>
                {t("requestMade.chosenDateHint", { months: Number(latestChosenDateMonths.value) })}
              </Statement>
            }
            {...fieldState("chosenDate", describedBy)}
          />
        </>
      )}
    </QuestionForm>
  );
}
