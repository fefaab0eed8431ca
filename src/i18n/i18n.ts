import { i18n } from "@lingui/core";
import { catalogLoaders } from "./catalogLoaders.ts";
import { htmlLang, type Locale } from "./locales.ts";

export { i18n };

export async function activateLocale(locale: Locale): Promise<void> {
  const { messages } = await catalogLoaders[locale]();
  i18n.loadAndActivate({ locale, messages });
  document.documentElement.lang = htmlLang[locale];
  keepUrlLanguage(locale);
}

/** `?lang=` wins over the saved choice on load, so a page opened with one follows the switch, or a reload undoes it. */
function keepUrlLanguage(locale: Locale) {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("lang") || url.searchParams.get("lang") === locale) return;
  url.searchParams.set("lang", locale);
  window.history.replaceState(window.history.state, "", url);
}
