import { fileNameFor } from "../../content/appIdentity.ts";
import { basedOn } from "../../content/basis.ts";
import { googleDropsImportedAlarms } from "../../content/calendars.ts";
import type { IsoDate } from "../../content/fact.ts";
import { useText } from "../../i18n/useText.ts";
import { calendarFile, calendarFileType } from "../../ui/calendarFile.ts";
import { downloadFile } from "../../ui/downloadFile.ts";
import { Statement } from "../../ui/Statement.tsx";

/** A calendar file with one all-day event on the due date and one alarm, made on the device. */
export function Reminder({ day, code }: { day: IsoDate; code: string }) {
  const t = useText();
  const download = () =>
    downloadFile(
      fileNameFor("reminder", "ics"),
      calendarFile({
        // A new identity for each file: Google skips an event whose identity it has seen, even once deleted.
        uid: `${crypto.randomUUID()}@adios-chip.invalid`,
        stamp: new Date(),
        day,
        summary: t("reminder.summary"),
        description: code ? t("reminder.descriptionWithCode", { code }) : t("reminder.description"),
        alarmText: t("reminder.summary"),
      }),
      calendarFileType,
    );
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
