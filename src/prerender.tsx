import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { App } from "./app/App.tsx";
import { messages } from "./i18n/catalogs/en.json?lingui";
import { i18n } from "./i18n/i18n.ts";

/** The welcome page as a first-time English visitor gets it; rendered at build time (src/build/prerenderWelcome.ts). */
export function renderWelcomeInEnglish(): string {
  i18n.loadAndActivate({ locale: "en", messages });
  return renderToString(
    <StrictMode>
      <App initialLocale="en" loaded={{ status: "none" }} storage={null} />
    </StrictMode>,
  );
}
