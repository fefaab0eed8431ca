import { useEffect } from "react";
import type { IsoDate } from "../content/fact.ts";
import { htmlLang, type Locale } from "../i18n/locales.ts";
import { whenIdle } from "./whenIdle.ts";

/** One formatter per language: the first one a page makes loads the language's date data, a long task. */
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

function dateFormatFor(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: "long", timeZone: "UTC" });
    dateFormats.set(locale, format);
  }
  return format;
}

/** An ISO date (YYYY-MM-DD) as the reader's language writes it, e.g. "25 November 2026" or "2026年11月25日". */
export const readableDate = (isoDate: IsoDate, locale: Locale) =>
  dateFormatFor(locale).format(new Date(isoDate));

/**
 * A moment (when a plan was saved) as the reader's language writes it, to the minute, with the month in words: no
 * reader takes the day for the month (12/3 is March to some, December to others), and no seconds.
 */
export const readableMoment = (moment: Date, languageTag: string) =>
  moment.toLocaleString(languageTag, { dateStyle: "long", timeStyle: "short" });

/**
 * Makes the language's date formatter while the browser is idle, so that the first page showing a source does not
 * pay for it between a tap on Continue and the next question.
 */
export function usePreparedDateFormat(locale: Locale): void {
  useEffect(() => {
    if (dateFormats.has(locale)) return;
    return whenIdle(() => dateFormatFor(locale));
  }, [locale]);
}
