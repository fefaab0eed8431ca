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
 * Makes the language's date formatter while the browser is idle, so that the first page showing a source does not
 * pay for it between a tap on Continue and the next question.
 */
export function usePreparedDateFormat(locale: Locale): void {
  useEffect(() => {
    if (dateFormats.has(locale)) return;
    return whenIdle(() => dateFormatFor(locale));
  }, [locale]);
}
