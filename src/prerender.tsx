import type { Messages } from "@lingui/core";
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { App } from "./app/App.tsx";
import { messages as en } from "./i18n/catalogs/en.json?lingui";
import { messages as es } from "./i18n/catalogs/es.json?lingui";
import { messages as zh } from "./i18n/catalogs/zh.json?lingui";
import { i18n } from "./i18n/i18n.ts";
import type { Locale } from "./i18n/locales.ts";

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
