import type { Messages } from "@lingui/core";
import { I18nProvider } from "@lingui/react";
import { StrictMode } from "react";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { App } from "./app/App.tsx";
import { messages as en } from "./i18n/catalogs/en.json?lingui";
import { messages as es } from "./i18n/catalogs/es.json?lingui";
import { messages as zh } from "./i18n/catalogs/zh.json?lingui";
import { i18n } from "./i18n/i18n.ts";
import type { Locale } from "./i18n/locales.ts";
import { LoadFailure } from "./ui/LoadFailure.tsx";

const catalogs: Record<Locale, Messages> = { en, es, zh };

/** The welcome page as a first-time visitor gets it in `locale`; rendered at build time (src/build/publishedPages.ts). */
export function renderWelcome(locale: Locale): string {
  i18n.loadAndActivate({ locale, messages: catalogs[locale] });
  return renderToString(
    <StrictMode>
      <App initialLocale={locale} loaded={{ status: "none" }} storage={null} />
    </StrictMode>,
  );
}

/** What the page says in `locale` should the app's script fail to download, before any catalog is there. */
export function renderLoadFailure(locale: Locale): string {
  i18n.loadAndActivate({ locale, messages: catalogs[locale] });
  return renderToStaticMarkup(
    <I18nProvider i18n={i18n}>
      <LoadFailure />
    </I18nProvider>,
  );
}
