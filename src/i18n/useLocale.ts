import { useLingui } from "@lingui/react";
import { htmlLang, isLocale, type Locale } from "./locales.ts";

/** The language the app speaks now, as Lingui holds it: the one place every component reads it from. */
export function useLocale(): Locale {
  const { i18n } = useLingui();
  return isLocale(i18n.locale) ? i18n.locale : "en";
}

/** The current language's tag for dates and `lang` attributes, e.g. "es-PE". */
export const useLanguageTag = (): string => htmlLang[useLocale()];
