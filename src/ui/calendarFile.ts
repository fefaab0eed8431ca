/** A calendar file (RFC 5545) of reminders, each an event with its alarm, made on the device for the user to import. */
export type CalendarEvent = {
  /** Globally unique, e.g. `${crypto.randomUUID()}@adios-chip.invalid`; the caller makes a new one per download. */
  uid: string;
  /** The event's day, YYYY-MM-DD: the event and its alarm are at 09:00 that day, in the user's own time. */
  day: string;
  /** Its title, which the alarm shows too. */
  summary: string;
  description: string;
  /** The app's address, to open it again from the event. */
  url: string;
};

export type Reminder = {
  /** When the file is made (DTSTAMP, written in UTC). */
  stamp: Date;
  events: readonly [CalendarEvent, ...CalendarEvent[]];
};

/** iOS Safari offers "Add to Calendar" only for a file of this type. */
export const calendarFileType = "text/calendar;charset=utf-8";

const maxLineOctets = 75;
const utf8 = new TextEncoder();

/** Floating times (no zone): 09:00 wherever the user is when the day comes, in Lima or abroad. */
const startsAt = "T090000";
const endsAt = "T093000";

export function calendarFile({ stamp, events }: Reminder): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//adios-chip//reminder//EN",
    "CALSCALE:GREGORIAN",
    ...events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  return lines.map((line) => `${fold(line)}\r\n`).join("");
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${text(event.uid)}`,
    `DTSTAMP:${stamp.toISOString().replace(/[-:]|\.\d{3}/g, "")}`,
    `DTSTART:${dateValue(event.day)}${startsAt}`,
    `DTEND:${dateValue(event.day)}${endsAt}`,
    `SUMMARY:${text(event.summary)}`,
    `DESCRIPTION:${text(event.description)}`,
    `URL:${new URL(event.url).href}`,
    // Last in the event: some apps fail to import an alarm placed before the event's properties.
    "BEGIN:VALARM",
    "ACTION:DISPLAY",
    `DESCRIPTION:${text(event.summary)}`,
    // At the event's start, on the day itself: never the day before, which may come before the request was made. A
    // zero trigger also means the same in Outlook, which reads a trigger's absolute value as "before".
    "TRIGGER:PT0S",
    "END:VALARM",
    "END:VEVENT",
  ];
}

/** The day (YYYY-MM-DD) as a DATE value (YYYYMMDD). */
function dateValue(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  // Date accepts 2026-02-30 (as 2 March), so check that the day reads back as given.
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(day) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== day
  ) {
    throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  }
  return day.replaceAll("-", "");
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
