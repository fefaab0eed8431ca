/** A calendar file (RFC 5545) with one all-day reminder, made on the device for the user to import. */
export type Reminder = {
  /** Globally unique, e.g. `${crypto.randomUUID()}@adios-chip.invalid`; the caller makes a new one per download. */
  uid: string;
  /** When the file is made (DTSTAMP, written in UTC). */
  stamp: Date;
  /** The all-day event's day, YYYY-MM-DD. */
  day: string;
  summary: string;
  description: string;
  /** The alarm's text; the alarm rings at 09:00 the day before the event. */
  alarmText: string;
};

/** iOS Safari offers "Add to Calendar" only for a file of this type. */
export const calendarFileType = "text/calendar;charset=utf-8";

const maxLineOctets = 75;
const utf8 = new TextEncoder();

export function calendarFile(reminder: Reminder): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//adios-chip//reminder//EN",
    "CALSCALE:GREGORIAN",
    "BEGIN:VEVENT",
    `UID:${text(reminder.uid)}`,
    `DTSTAMP:${reminder.stamp.toISOString().replace(/[-:]|\.\d{3}/g, "")}`,
    `DTSTART;VALUE=DATE:${dateValue(reminder.day, 0)}`,
    // An all-day event ends (exclusively) the next day; Outlook shows a same-day end as a 00:00 event.
    `DTEND;VALUE=DATE:${dateValue(reminder.day, 1)}`,
    `SUMMARY:${text(reminder.summary)}`,
    `DESCRIPTION:${text(reminder.description)}`,
    // Last in the event: some apps fail to import an alarm placed before the event's properties.
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${text(reminder.alarmText)}`,
    // 15 h before the day's (floating) midnight is 09:00 the day before, wherever the user is. Outlook reads a
    // trigger's absolute value as "before", so only a negative one means the same there as everywhere else.
    "TRIGGER:-PT15H",
    "END:VALARM",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map((line) => `${fold(line)}\r\n`).join("");
}

/** The day `offset` days after `day` (YYYY-MM-DD), as a DATE value (YYYYMMDD). */
function dateValue(day: string, offset: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  // Date accepts 2026-02-30 (as 2 March), so check that the day reads back as given.
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(day) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== day
  ) {
    throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  }
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10).replaceAll("-", "");
}

/** A TEXT value (RFC 5545 §3.3.11), which may hold no control character other than tab. */
function text(value: string): string {
  return value
    .replace(/[\\;,]/g, "\\$&")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/(?!\t)\p{Cc}/gu, "");
}

/** Folds a line into physical lines of at most 75 octets of UTF-8, each continuation starting with a space. */
function fold(line: string): string {
  let folded = "";
  let octets = 0;
  // Iterating a string yields whole code points, so neither a UTF-8 sequence nor a surrogate pair is split.
  for (const character of line) {
    const size = utf8.encode(character).length;
    if (octets + size > maxLineOctets) {
      folded += "\r\n ";
      octets = 1;
    }
    folded += character;
    octets += size;
  }
  return folded;
}
