import { i18n } from "@lingui/core";
import { catalogLoaders, wholeCatalog } from "./catalogLoaders.ts";
import { htmlLang, type Locale } from "./locales.ts";

export { i18n };

/** Whether the wizard's part of the catalog is wanted: once the wizard loads, a language switch brings both parts. */
let wizardMessagesWanted = false;

export async function activateLocale(locale: Locale): Promise<void> {
  const messages = wizardMessagesWanted
    ? await wholeCatalog(locale)
    : (await catalogLoaders.welcome[locale]()).messages;
  i18n.loadAndActivate({ locale, messages });
  document.documentElement.lang = htmlLang[locale];
  keepUrlLanguage(locale);
}

/** Adds the wizard's messages in the active language; the wizard's chunk waits for them before it first renders. */
export async function loadWizardMessages(): Promise<void> {
  wizardMessagesWanted = true;
  const locale = i18n.locale as Locale;
  const { messages } = await catalogLoaders.wizard[locale]();
  i18n.load(locale, messages);
}

/** `?lang=` wins over the saved choice on load, so a page opened with one follows the switch, or a reload undoes it. */
function keepUrlLanguage(locale: Locale) {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("lang") || url.searchParams.get("lang") === locale) return;
  url.searchParams.set("lang", locale);
  window.history.replaceState(window.history.state, "", url);
}
