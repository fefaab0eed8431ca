import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { deviceStorage, loadSession } from "./app/savedSession.ts";
import { activateLocale } from "./i18n/i18n.ts";
import { detectLocale } from "./i18n/locales.ts";
import "./ui/styles.css";

const storage = deviceStorage();
const loaded = loadSession(storage);
const locale = detectLocale(
  window.location.search,
  loaded.status === "ok" ? loaded.session.locale : undefined,
  navigator.languages,
);

activateLocale(locale).then(() => {
  const root = document.getElementById("root");
  if (!root) throw new Error("The page has no #root element");
  createRoot(root).render(
    <StrictMode>
      <App initialLocale={locale} loaded={loaded} storage={storage} />
    </StrictMode>,
  );
});
