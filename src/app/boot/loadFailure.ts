import type { Locale } from "../../i18n/locales.ts";

/** The message the page holds in each language (src/build/publishedPages.ts), since the catalogs come with the app. */
const messageTemplate = (locale: Locale) =>
  document.querySelector<HTMLTemplateElement>(`template[data-load-failure="${locale}"]`);

let shown: HTMLElement | null = null;

/** Says, above the page, that the app could not be downloaded, and moves focus to that message's heading. */
export function showLoadFailure(locale: Locale): void {
  withdrawLoadFailure();
  const message = messageTemplate(locale)?.content.firstElementChild?.cloneNode(true);
  if (!(message instanceof HTMLElement)) return;
  shown = message;
  document.getElementById("root")?.prepend(message);
  message.querySelector<HTMLElement>("[tabindex]")?.focus();
}

export function withdrawLoadFailure(): void {
  shown?.remove();
  shown = null;
}
