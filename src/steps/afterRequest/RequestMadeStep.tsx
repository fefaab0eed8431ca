import { useState } from "react";
import { latestChosenDateMonths } from "../../content/bajaDeadline.ts";
import { aboutThisApp, basedOn } from "../../content/basis.ts";
import { carrierChannels } from "../../flow/answerOptions.ts";
import type { RequestRecord } from "../../flow/followUp.ts";
import { requestDraft } from "../../flow/requestDates.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useText } from "../../i18n/useText.ts";
import { ErrorMessage } from "../../ui/ErrorMessage.tsx";
import { FormField } from "../../ui/FormField.tsx";
import { QuestionForm } from "../../ui/QuestionForm.tsx";
import { Statement } from "../../ui/Statement.tsx";
import { today, useAnswers, useFollowUp, useRejection, useWizardActions } from "../wizard.ts";
import { channelLabels } from "./channelLabels.ts";
import { requestLimits } from "./requestLimits.ts";

const recordFields = [
  "date",
  "channel",
  "code",
  "chosenDate",
] as const satisfies readonly (keyof RequestRecord)[];

const fieldId = (field: keyof RequestRecord) =>
  field === "channel" ? "request-channel-store" : `request-${field}`;

/** QuestionForm's id for the message of the field at fault. */
const errorId = "requestMade-error";

type TypedField = Exclude<keyof RequestRecord, "channel">;

/** "I have made the request": the day (today in Lima unless told), the channel, the code and a chosen date. */
export function RequestMadeStep() {
  const t = useText();
  const locale = useLocale();
  const answers = useAnswers();
  const { request } = useFollowUp();
  const rejection = useRejection();
  const { recordRequest } = useWizardActions();
  const [record, setRecord] = useState(() => requestDraft(answers, request, today()));
  // The error summary links to the field at fault, and the message shows by it.
  const fieldInError = rejection ? (recordFields.find((field) => field === rejection.field) ?? "date") : null;
  const message = rejection && t(rejection.message, requestLimits(record.date, locale));
  const set = (field: keyof RequestRecord) => (value: string) => setRecord({ ...record, [field]: value });
  const fieldState = (field: TypedField) => ({
    id: fieldId(field),
    value: record[field],
    error: fieldInError === field ? message : null,
    errorId,
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
          <FormField label={t("requestMade.date")} type="date" {...fieldState("date")} />
          <fieldset
            className={fieldInError === "channel" ? "form-group form-group--error" : "form-group"}
            aria-describedby={fieldInError === "channel" ? errorId : undefined}
          >
            <legend>{t("requestMade.channel")}</legend>
            {fieldInError === "channel" && message && <ErrorMessage id={errorId} message={message} />}
            <div className="radios">
              {carrierChannels.map((channel) => (
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
          <FormField
            label={t("requestMade.code")}
            hint={<Statement basis={aboutThisApp}>{t("requestMade.codeHint")}</Statement>}
            {...fieldState("code")}
          />
          <FormField
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
