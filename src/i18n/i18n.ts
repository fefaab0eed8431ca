import { i18n } from "@lingui/core";
import { catalogLoaders, htmlLang, type Locale } from "./locales.ts";

export { i18n };

export async function activateLocale(locale: Locale): Promise<void> {
  const { messages } = await catalogLoaders[locale]();
  i18n.loadAndActivate({ locale, messages });
  document.documentElement.lang = htmlLang[locale];
}
