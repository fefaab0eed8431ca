import { useEffect } from "react";
import type { IsoDate } from "../content/fact.ts";
import { htmlLang, type Locale } from "../i18n/locales.ts";
import { whenIdle } from "./whenIdle.ts";

/** One formatter per language: the first one a page makes loads the language's date data, a long task. */
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * The tag dates are written with: the reader's own regional variant of the page's language where their browser asks
 * for one (en-GB writes "3 December 2026", not "December 3, 2026"), else the page's own.
 */
export function dateTagFor(
  locale: Locale,
  browserLanguages: readonly string[] = globalThis.navigator?.languages ?? [],
): string {
  const own = browserLanguages.find((tag) => tag.toLowerCase().split("-")[0] === locale);
  return own && canWriteDates(own) ? own : htmlLang[locale];
}

/** A tag Intl knows; a malformed one (which Intl refuses with an error) is not. */
function canWriteDates(tag: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(tag).length > 0;
  } catch {
    return false;
  }
}

function dateFormatFor(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(dateTagFor(locale), { dateStyle: "long", timeZone: "UTC" });
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
export const readableMoment = (moment: Date, locale: Locale) =>
  moment.toLocaleString(dateTagFor(locale), { dateStyle: "long", timeStyle: "short" });

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
