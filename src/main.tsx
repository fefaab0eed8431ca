import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { reopenFromAddress } from "./app/history/stepAddress.ts";
import { registerServiceWorker } from "./app/offline/registerServiceWorker.ts";
import { deviceStorage, loadSession } from "./app/session/savedSession.ts";
import { activateLocale } from "./i18n/i18n.ts";
import { detectLocale } from "./i18n/locales.ts";

const storage = deviceStorage();
const loaded = loadSession(storage);
const reopen = reopenFromAddress(loaded);
const locale = detectLocale(
  window.location.search,
  loaded.status === "ok" ? loaded.session.locale : undefined,
  navigator.languages,
);

/** Resolves once React has taken over the page. */
export const appStarted = activateLocale(locale).then(() => {
  const root = document.getElementById("root");
  if (!root) throw new Error("The page has no #root element");
  const app = (
    <StrictMode>
      <App initialLocale={locale} loaded={loaded} storage={storage} reopen={reopen} />
    </StrictMode>
  );
  // The build prerenders the page a first-time English visitor sees (src/prerender.tsx); anyone else gets a fresh
  // render, which replaces it.
  const isPrerenderedPage = root.hasChildNodes() && locale === "en" && loaded.status === "none";
  if (isPrerenderedPage) hydrateRoot(root, app);
  else createRoot(root).render(app);
  registerServiceWorker();
});
