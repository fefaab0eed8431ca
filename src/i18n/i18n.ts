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
}

/** Adds the wizard's messages in the active language; the wizard's chunk waits for them before it first renders. */
export async function loadWizardMessages(): Promise<void> {
  wizardMessagesWanted = true;
  const locale = i18n.locale as Locale;
  const { messages } = await catalogLoaders.wizard[locale]();
  i18n.load(locale, messages);
}
