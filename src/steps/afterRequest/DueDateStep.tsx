import { afterRequest } from "../../content/afterRequest.ts";
import { bajaDeadline } from "../../content/bajaDeadline.ts";
import { aboutThisApp, basedOn, ourAdvice } from "../../content/basis.ts";
import { citeEveryRule, citeRule, type IsoDate } from "../../content/fact.ts";
import { rights } from "../../content/rights.ts";
import type { RequestRecord } from "../../flow/followUp.ts";
import {
  checkInDue,
  chosenDayStands,
  dueDateFromNextBusinessDay,
  dueDateOf,
  dueDateUnderEarlierRule,
} from "../../flow/requestDates.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useText } from "../../i18n/useText.ts";
import { InfoPage } from "../../ui/InfoPage.tsx";
import { readableDate } from "../../ui/readableDate.ts";
import { Statement } from "../../ui/Statement.tsx";
import { today, useFollowUp, useWizardActions } from "../wizard.ts";
import { HolidayTableNote } from "./HolidayTableNote.tsx";
import { Reminder } from "./Reminder.tsx";

/** The day the carrier must have acted by, a reminder for it, and from that day on: "Is the line gone?". */
export function DueDateStep() {
  const t = useText();
  const { request } = useFollowUp();
  const { checkIn, openLetters, editRequest } = useWizardActions();
  if (!request) return null;
  const due = dueDateOf(request);
  return (
    <InfoPage title={t("dueDate.title")}>
      <DueDateStatement request={request} due={due} />
      <HolidayTableNote days={[request.date, due]} />
      {request.code ? (
        <Statement basis={aboutThisApp}>{t("dueDate.code", { code: request.code })}</Statement>
      ) : (
        <>
          <Statement basis={basedOn(rights.proofOfRequest)}>{t("dueDate.noCode")}</Statement>
          <Statement basis={ourAdvice}>{t("dueDate.noCodeAdvice")}</Statement>
        </>
      )}
      {checkInDue(request, today()) ? (
        <button type="button" className="button" onClick={checkIn}>
          {t("dueDate.checkNow")}
        </button>
      ) : (
        <Statement basis={aboutThisApp}>{t("dueDate.comeBack")}</Statement>
      )}
      <button type="button" className="button button--secondary" onClick={editRequest}>
        {t("dueDate.edit")}
      </button>
      <Reminder request={request} />
      <button type="button" className="button button--secondary" onClick={openLetters}>
        {t("dueDate.letters")}
      </button>
    </InfoPage>
  );
}

/** The due date and why: the date the user chose, or the rule in force on the day of the request. */
function DueDateStatement({ request, due }: { request: RequestRecord; due: IsoDate }) {
  const t = useText();
  const locale = useLocale();
  const rule = citeRule(bajaDeadline, request.date);
  const [oldestRule] = bajaDeadline.rules;
  const laterDay = dueDateUnderEarlierRule(request);
  const fromNextBusinessDay = dueDateFromNextBusinessDay(request);
  const values = {
    days: rule.value,
    requestDate: readableDate(request.date, locale),
    dueDate: readableDate(due, locale),
  };
  return (
    <>
      <Statement basis={basedOn(rule)}>
        {chosenDayStands(request) ? t("dueDate.chosen", values) : t("dueDate.byRule", values)}
      </Statement>
      {laterDay && (
        <Statement basis={basedOn(rule, ...citeEveryRule(bajaDeadline))}>
          {t("dueDate.toConfirm", { oldDays: oldestRule.value, laterDate: readableDate(laterDay, locale) })}
        </Statement>
      )}
      {fromNextBusinessDay && (
        <Statement basis={ourAdvice}>
          {t("dueDate.dayOff", { laterDate: readableDate(fromNextBusinessDay, locale) })}
        </Statement>
      )}
      <Statement basis={basedOn(afterRequest.chargesAfterDueDateNotOwed)}>
        {t("afterYouAsk.chargesNotOwed")}
      </Statement>
    </>
  );
}
