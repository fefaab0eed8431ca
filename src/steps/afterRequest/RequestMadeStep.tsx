import { type ReactNode, useState } from "react";
import { latestChosenDateMonths } from "../../content/bajaDeadline.ts";
import { aboutThisApp, basedOn } from "../../content/basis.ts";
import { channels, isCalendarDay } from "../../flow/answerOptions.ts";
import { bajaDueDate } from "../../flow/businessDays.ts";
import type { RequestRecord } from "../../flow/followUp.ts";
import { latestChosenDate, requestDraft } from "../../flow/requestDates.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useText } from "../../i18n/useText.ts";
import { ErrorMessage } from "../../ui/ErrorMessage.tsx";
import { QuestionForm } from "../../ui/QuestionForm.tsx";
import { readableDate } from "../../ui/readableDate.ts";
import { Statement } from "../../ui/Statement.tsx";
import { today, useAnswers, useFollowUp, useRejection, useWizardActions } from "../wizard.ts";

/** The field each refusal is about: the error summary links to it, and the message shows by it. */
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

/** QuestionForm's id for the message of the field at fault. */
const errorId = "requestMade-error";

type TypedField = Exclude<keyof RequestRecord, "channel">;

type RequestFieldProps = {
  field: TypedField;
  label: string;
  hint?: ReactNode;
  type?: "text" | "date";
  value: string;
  /** The message, when this field is the one at fault. */
  error: string | null;
  onChange: (value: string) => void;
};

/** One typed field of the record: its label, its hint and, when it is at fault, the message right above it. */
function RequestField({ field, label, hint, type = "text", value, error, onChange }: RequestFieldProps) {
  const id = fieldId(field);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={error ? "field form-group--error" : "field"}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <div className="hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && <ErrorMessage id={errorId} message={error} />}
      <input
        className="text-input"
        id={id}
        type={type}
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? errorId : undefined, hintId].filter(Boolean).join(" ") || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** "I have made the request": the day (today in Lima unless told), the channel, the code and a chosen date. */
export function RequestMadeStep() {
  const t = useText();
  const locale = useLocale();
  const answers = useAnswers();
  const { request } = useFollowUp();
  const rejection = useRejection();
  const { recordRequest } = useWizardActions();
  const [record, setRecord] = useState(() => requestDraft(answers, request, today()));
  const fieldInError = rejection ? (fieldOf[rejection] ?? "date") : null;
  // The limits the messages name: today in Lima, and the latest day that may be chosen after the day typed.
  const message =
    rejection &&
    t(rejection, {
      today: readableDate(today(), locale),
      earliest: isCalendarDay(record.date) ? readableDate(bajaDueDate(record.date), locale) : "",
      latest: isCalendarDay(record.date) ? readableDate(latestChosenDate(record.date), locale) : "",
    });
  const set = (field: keyof RequestRecord) => (value: string) => setRecord({ ...record, [field]: value });
  const fieldState = (field: TypedField) => ({
    value: record[field],
    error: fieldInError === field ? message : null,
    onChange: set(field),
  });
  return (
    <QuestionForm
      name="requestMade"
      error={message}
      errorTarget={fieldId(fieldInError ?? "date")}
      onSubmit={() => recordRequest(record)}
      severalFields
    >
      {() => (
        <>
          <h1 tabIndex={-1}>{t("requestMade.title")}</h1>
          <Statement basis={aboutThisApp}>{t("requestMade.intro")}</Statement>
          <RequestField field="date" label={t("requestMade.date")} type="date" {...fieldState("date")} />
          <fieldset
            className={fieldInError === "channel" ? "field form-group--error" : "field"}
            aria-describedby={fieldInError === "channel" ? errorId : undefined}
          >
            <legend>{t("requestMade.channel")}</legend>
            {fieldInError === "channel" && message && <ErrorMessage id={errorId} message={message} />}
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
            {...fieldState("code")}
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
            {...fieldState("chosenDate")}
          />
        </>
      )}
    </QuestionForm>
  );
}
