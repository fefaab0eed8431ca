import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { type CalendarEvent, calendarFile, calendarFileType } from "../../src/ui/calendarFile.ts";

const stamp = new Date("2026-11-26T15:00:00.123Z");
const event: CalendarEvent = {
  uid: "3f0c9a4e-8d2b-4f7a-9c1e-5b6d7e8f9a0b@adios-chip.invalid",
  day: "2026-12-31",
  summary: "Revisar si se ejecutó la baja",
  description: "Plazo de 5 días hábiles vencido.",
  url: "https://adios-chip.example/es/",
};

/** The file of one reminder: the event above with these changes. */
const fileOf = (changes: Partial<CalendarEvent> = {}) =>
  calendarFile({ stamp, events: [{ ...event, ...changes }] });

const utf8 = new TextEncoder();
const octets = (text: string) => utf8.encode(text).length;

/** The file as ical.js reads it: the calendar, its first event's component and that event. */
function parse(file: string) {
  const calendar = new ICAL.Component(ICAL.parse(file));
  const [vevent] = calendar.getAllSubcomponents("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** The file's physical lines, without their CRLF; fails if the file does not end with one. */
function physicalLines(file: string): string[] {
  expect(file.endsWith("\r\n")).toBe(true);
  return file.slice(0, -2).split("\r\n");
}

/** The file's content lines, folded lines joined again (RFC 5545 §3.1). */
const unfoldedLines = (file: string) => physicalLines(file.replaceAll("\r\n ", ""));

function expectWellFormedLines(file: string) {
  expect(file.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  for (const line of physicalLines(file)) {
    expect(octets(line), line).toBeLessThanOrEqual(75);
    // A split surrogate pair would not survive the trip through UTF-8.
    expect(new TextDecoder().decode(utf8.encode(line))).toBe(line);
  }
}

const longChinese =
  "您的停机申请已超过五个工作日仍未执行。如果线路仍然有效，请拨打运营商电话并提供申请代码，然后通过OSIPTEL的“Quiero salirme”表格提出申诉。";
const longSpanish =
  "Plazo vencido según el Reglamento: si la línea sigue activa o te siguen cobrando después de la fecha de baja " +
  "llama a la operadora citando el código de tu solicitud y luego presenta un reclamo por falta de atención.";

describe("calendarFile", () => {
  it("is one calendar (2.0, from adios-chip, Gregorian) holding one event and no METHOD", () => {
    const { calendar } = parse(fileOf());
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBe("-//adios-chip//reminder//EN");
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    // With METHOD:REQUEST, Outlook shows the file as a meeting invitation.
    expect(calendar.getAllProperties("method")).toEqual([]);
    expect(calendar.getAllSubcomponents().map((component) => component.name)).toEqual(["vevent"]);
  });

  it("gives the event its UID and a DTSTAMP in UTC, each exactly once", () => {
    const file = fileOf();
    const { vevent } = parse(file);
    expect(vevent.getAllProperties("uid")).toHaveLength(1);
    expect(vevent.getFirstPropertyValue("uid")).toBe(event.uid);
    expect(vevent.getAllProperties("dtstamp")).toHaveLength(1);
    const stamp = vevent.getFirstPropertyValue("dtstamp");
    expect(stamp).toBeInstanceOf(ICAL.Time);
    expect(String(stamp)).toBe("2026-11-26T15:00:00Z");
    expect(unfoldedLines(file)).toContain("DTSTAMP:20261126T150000Z");
  });

  it.each(["2026-08-03", "2026-04-30", "2026-12-31", "2028-02-29"])(
    "is an event from 09:00 to 09:30 on %s, in the user's own time wherever they are (floating, no zone)",
    (day) => {
      const file = fileOf({ day });
      const { event: read } = parse(file);
      expect(read.startDate.isDate).toBe(false);
      expect(read.startDate.zone?.tzid).toBe("floating");
      expect(read.startDate.toString()).toBe(`${day}T09:00:00`);
      expect(read.endDate.toString()).toBe(`${day}T09:30:00`);
    },
  );

  it.each(["2026-02-30", "2026-13-01", "2026-8-3", "3 August 2026", ""])(
    "refuses %j, which is not a day",
    (day) => {
      expect(() => fileOf({ day })).toThrow(RangeError);
    },
  );

  it.each([
    [
      "Spanish",
      "¿Sigue activa tu línea? Revisa la baja — código ÑANDÚ-123",
      "Señal: pídele a la operadora más información.",
    ],
    ["Chinese", "检查停机是否已执行（代码 ABC123）", "如果线路仍然有效，请联系运营商。"],
    ["escaped characters", "a,b;c\\d\ne", "línea 1,\nlínea 2; ruta C:\\chip\\"],
    ["emoji", "📱 ¡Adiós chip! 👋🏽", "👨‍👩‍👧 família"],
  ])("gives back the summary, description and alarm text exactly (%s)", (_, summary, description) => {
    const { event: read, vevent } = parse(fileOf({ summary, description }));
    expect(read.summary).toBe(summary);
    expect(read.description).toBe(description);
    expect(vevent.getFirstSubcomponent("valarm")?.getFirstPropertyValue("description")).toBe(summary);
  });

  it("escapes backslash, semicolon, comma and line breaks as RFC 5545 TEXT", () => {
    const file = fileOf({ summary: "Línea 1, código A;B\\C\nLínea 2" });
    expect(unfoldedLines(file)).toContain("SUMMARY:Línea 1\\, código A\\;B\\\\C\\nLínea 2");
  });

  it("writes any line break as \\n and leaves out control characters, which TEXT may not hold (tab may stay)", () => {
    const file = fileOf({
      summary: "a\r\nb\rc\nd",
      description: "x\u0000y\u0007z\tw\u007f",
    });
    expect(unfoldedLines(file)).toEqual(
      expect.arrayContaining(["SUMMARY:a\\nb\\nc\\nd", "DESCRIPTION:xyz\tw"]),
    );
    const { event: read } = parse(file);
    expect(read.summary).toBe("a\nb\nc\nd");
    expect(read.description).toBe("xyz\tw");
  });

  it("has exactly one alarm, last in the event, that shows its summary at 09:00 on the day itself, never the day before", () => {
    const file = fileOf();
    const { vevent, event: read } = parse(file);
    expect(vevent.getAllSubcomponents().map((component) => component.name)).toEqual(["valarm"]);
    const alarm = vevent.getFirstSubcomponent("valarm");
    expect(alarm?.getFirstPropertyValue("action")).toBe("DISPLAY");
    expect(alarm?.getFirstPropertyValue("description")).toBe(event.summary);
    const trigger = alarm?.getFirstPropertyValue("trigger");
    if (!(trigger instanceof ICAL.Duration)) throw new Error("the trigger is not a duration");
    // Zero: Outlook, which reads a trigger's absolute value as "before", rings at the same time as everyone else.
    expect(trigger.toSeconds()).toBe(0);
    const ringsAt = read.startDate.clone();
    ringsAt.addDuration(trigger);
    expect(ringsAt.toString()).toBe("2026-12-31T09:00:00");

    const lines = unfoldedLines(file);
    expect(lines.slice(lines.indexOf("BEGIN:VALARM"))).toEqual([
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${event.summary}`,
      "TRIGGER:PT0S",
      "END:VALARM",
      "END:VEVENT",
      "END:VCALENDAR",
    ]);
  });

  it("carries the app's address, to open it from the event", () => {
    expect(parse(fileOf()).vevent.getFirstPropertyValue("url")).toBe("https://adios-chip.example/es/");
  });

  it("holds each event given, in order, each with its own identity, day and alarm", () => {
    const later: CalendarEvent = {
      ...event,
      uid: "later@adios-chip.invalid",
      day: "2027-01-08",
      summary: "Último día",
    };
    const calendar = new ICAL.Component(ICAL.parse(calendarFile({ stamp, events: [event, later] })));
    const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(events.map(({ uid, startDate, summary }) => [uid, startDate.toString(), summary])).toEqual([
      [event.uid, "2026-12-31T09:00:00", event.summary],
      [later.uid, "2027-01-08T09:00:00", "Último día"],
    ]);
    expect(
      calendar.getAllSubcomponents("vevent").map((vevent) => vevent.getAllSubcomponents("valarm").length),
    ).toEqual([1, 1]);
  });

  it.each([
    ["Chinese", longChinese],
    ["accented Spanish", longSpanish],
    ["emoji", "📱👋🏽".repeat(30)],
  ])(
    "ends every line with CRLF and folds a long %s description into lines of at most 75 octets",
    (_, description) => {
      const file = fileOf({ description });
      expectWellFormedLines(file);
      const lines = physicalLines(file);
      const descriptionStart = lines.findIndex((line) => line.startsWith("DESCRIPTION:"));
      const continuations = lines.slice(descriptionStart + 1).findIndex((line) => !line.startsWith(" "));
      expect(continuations).toBeGreaterThan(0);
      // Each folded piece is as full as it can be: the next character would not have fitted.
      for (const [index, line] of lines.slice(descriptionStart, descriptionStart + continuations).entries()) {
        const nextCharacter = [...(lines[descriptionStart + index + 1] ?? "")][1] ?? "";
        expect(octets(line) + octets(nextCharacter), line).toBeGreaterThan(75);
      }
      expect(unfoldedLines(file)).toContain(`DESCRIPTION:${description}`);
      expect(parse(file).event.description).toBe(description);
    },
  );

  it("is of a type iOS opens in Calendar", () => {
    expect(calendarFileType).toBe("text/calendar;charset=utf-8");
  });
});

describe("calendarFile, for any text", () => {
  /** Any printable text, and text made of the characters that need escaping or take several octets. */
  const anyText = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 120 }),
    fc.string({
      unit: fc.constantFrom("\\", ";", ",", "\n", " ", "a", "é", "中", "📱", "👋🏽"),
      maxLength: 120,
    }),
  );

  it("reads back the same summary and description, in CRLF lines of at most 75 octets", () => {
    fc.assert(
      fc.property(anyText, anyText, (summary, description) => {
        const file = fileOf({ summary, description });
        expectWellFormedLines(file);
        const { event: read } = parse(file);
        expect(read.summary).toBe(summary);
        expect(read.description).toBe(description);
      }),
      { numRuns: 300 },
    );
  });
});
