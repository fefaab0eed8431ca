import { type Locale, pathOfLocale } from "../../i18n/locales.ts";

/**
 * The address of the page being read, in another language: that language's own address, with the step it shows
 * and any other query kept. A `?lang=` would outweigh the address on a reload, so it goes.
 */
export function addressInLanguage(
  current: Pick<Location, "search" | "hash">,
  locale: Locale,
  base: string = import.meta.env.BASE_URL,
): string {
  const query = new URLSearchParams(current.search);
  query.delete("lang");
  const search = query.size > 0 ? `?${query}` : "";
  return `${pathOfLocale(locale, base)}${search}${current.hash}`;
}

/** Moves the address bar to the language switched to, without a new history entry or a page load. */
export const showLanguageInAddress = (locale: Locale) =>
  window.history.replaceState(window.history.state, "", addressInLanguage(window.location, locale));
