import { useState } from "react";
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

/** "I have made the request": the day (today in Lima unless told), the channel, the code and a chosen date. */
export function RequestMadeStep() {
  const t = useText();
  const answers = useAnswers();
  const { request } = useFollowUp();
  const rejection = useRejection();
  const { recordRequest } = useWizardActions();
  const [record, setRecord] = useState(() => requestDraft(answers, request, today()));
  const fieldInError = rejection ? (fieldOf[rejection] ?? "date") : null;
  const describe = (field: keyof RequestRecord, describedBy: string | undefined, hint?: string) =>
    [fieldInError === field ? describedBy : undefined, hint].filter(Boolean).join(" ") || undefined;
  const set = (field: keyof RequestRecord) => (value: string) => setRecord({ ...record, [field]: value });
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
          <div className="field">
            <label htmlFor={fieldId("date")}>{t("requestMade.date")}</label>
            <input
              className="text-input"
              id={fieldId("date")}
              type="date"
              value={record.date}
              aria-invalid={fieldInError === "date" || undefined}
              aria-describedby={describe("date", describedBy)}
              onChange={(event) => set("date")(event.target.value)}
            />
          </div>
          <fieldset className="field" aria-describedby={describe("channel", describedBy)}>
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
          <div className="field">
            <label htmlFor={fieldId("code")}>{t("requestMade.code")}</label>
            <div className="hint" id="request-code-hint">
              <Statement basis={aboutThisApp}>{t("requestMade.codeHint")}</Statement>
            </div>
            <input
              className="text-input"
              id={fieldId("code")}
              autoComplete="off"
              spellCheck={false}
              value={record.code}
              aria-invalid={fieldInError === "code" || undefined}
              aria-describedby={describe("code", describedBy, "request-code-hint")}
              onChange={(event) => set("code")(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={fieldId("chosenDate")}>{t("requestMade.chosenDate")}</label>
            <div className="hint" id="request-chosenDate-hint">
              <Statement basis={basedOn(latestChosenDateMonths)}>
                {t("requestMade.chosenDateHint", { months: Number(latestChosenDateMonths.value) })}
              </Statement>
            </div>
            <input
              className="text-input"
              id={fieldId("chosenDate")}
              type="date"
              value={record.chosenDate}
              aria-invalid={fieldInError === "chosenDate" || undefined}
              aria-describedby={describe("chosenDate", describedBy, "request-chosenDate-hint")}
              onChange={(event) => set("chosenDate")(event.target.value)}
            />
          </div>
        </>
      )}
    </QuestionForm>
  );
}
