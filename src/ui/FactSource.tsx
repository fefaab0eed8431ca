import { Trans } from "@lingui/react";
import { type ReactNode, useEffect } from "react";
import type { Fact } from "../content/fact.ts";
import { htmlLang, type Locale } from "../i18n/locales.ts";
import { useLocale } from "../i18n/useLocale.ts";
import type { MessageId } from "../i18n/useText.ts";
import { whenIdle } from "./whenIdle.ts";

/** One formatter per language: the first one a page makes loads the language's date data, a long task. */
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

function dateFormatFor(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(htmlLang[locale], {
      dateStyle: "long",
      timeZone: "UTC",
    });
    dateFormats.set(locale, format);
  }
  return format;
}

/** An ISO date (YYYY-MM-DD) as the reader's language writes it, e.g. "25 November 2026" or "2026年11月25日". */
const readableDate = (isoDate: string, locale: Locale) => dateFormatFor(locale).format(new Date(isoDate));

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

/** The source's address; its text (the site's name) comes from the translated message. */
function SourceLink({ href, children }: { href: string; children?: ReactNode }) {
  return (
    <a href={href} hrefLang="es" rel="noreferrer noopener" target="_blank">
      {children}
    </a>
  );
}

/** Small print under a fact: where it comes from (every source is a Spanish page) and when it was last checked. */
export function FactSource({ fact }: { fact: Fact }) {
  const locale = useLocale();
  const site = new URL(fact.source).hostname.replace(/^www\./, "");
  return (
    <p className="fact-source">
      <Trans
        id={"common.factSource" satisfies MessageId}
        values={{ site, date: readableDate(fact.lastVerified, locale) }}
        components={{ 0: <SourceLink href={fact.source} /> }}
      />
    </p>
  );
}
