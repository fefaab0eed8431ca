import { fileNameFor } from "../../content/appIdentity.ts";
import { basedOn } from "../../content/basis.ts";
import { googleDropsImportedAlarms } from "../../content/calendars.ts";
import type { RequestRecord } from "../../flow/followUp.ts";
import { lineFileTag } from "../../flow/lines.ts";
import { reminderDays } from "../../flow/requestDates.ts";
import { pathOfLocale } from "../../i18n/locales.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useText } from "../../i18n/useText.ts";
import { type CalendarEvent, calendarFile, calendarFileType } from "../../ui/calendarFile.ts";
import { downloadFile } from "../../ui/downloadFile.ts";
import { Statement } from "../../ui/Statement.tsx";
import { useAnswers } from "../wizard.ts";

/** A new identity for each event of each file: Google skips an event whose identity it has seen, even once deleted. */
const newUid = () => `${crypto.randomUUID()}@adios-chip.invalid`;

/**
 * A calendar file made on the device: an event with its alarm at 09:00 on the due date and, while the carrier may
 * still be within its time after it, another on that last day; each with the app's address.
 */
export function Reminder({ request }: { request: RequestRecord }) {
  const t = useText();
  const locale = useLocale();
  const answers = useAnswers();
  const download = () => {
    const { due, latest } = reminderDays(request);
    // The language's own address: the app resumes where the person stopped.
    const url = new URL(pathOfLocale(locale, import.meta.env.BASE_URL), window.location.origin).href;
    const withCode = { code: request.code };
    const dueEvent: CalendarEvent = {
      uid: newUid(),
      day: due,
      summary: t("reminder.summary"),
      description: `${request.code ? t("reminder.descriptionWithCode", withCode) : t("reminder.description")}\n${url}`,
      url,
    };
    const latestEvents: CalendarEvent[] = latest
      ? [
          {
            uid: newUid(),
            day: latest,
            summary: t("reminder.latestSummary"),
            description: `${t("reminder.latestDescription")}\n${url}`,
            url,
          },
        ]
      : [];
    downloadFile(
      fileNameFor(`reminder-${lineFileTag(answers)}`, "ics"),
      calendarFile({ stamp: new Date(), events: [dueEvent, ...latestEvents] }),
      calendarFileType,
    );
  };
  return (
    <section aria-labelledby="reminder-title">
      <h2 id="reminder-title">{t("reminder.heading")}</h2>
      <button type="button" className="button button--secondary" onClick={download}>
        {t("reminder.download")}
      </button>
      <Statement basis={basedOn(googleDropsImportedAlarms)}>{t("reminder.google")}</Statement>
    </section>
  );
}
