import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import type { FirstPaint } from "./app/boot/languageBeforePaint.ts";
import { keepBoundaryEventsFromReact } from "./app/boot/pointerBoundaries.ts";
import { dropStepFromAddress } from "./app/history/stepAddress.ts";
import { readStoredSession, savedWorkLoaded } from "./app/session/savedWork.ts";
import { deviceStorage } from "./app/session/storageKeys.ts";
import { activateLocale } from "./i18n/i18n.ts";

/**
 * The element the app renders into: the prerendered welcome page in the visitor's language (src/boot.ts removed the
 * others), or the page's empty root where nothing was prerendered (the dev server).
 */
function appContainer(paint: FirstPaint): { container: HTMLElement; prerendered: boolean } {
  const root = document.getElementById("root");
  if (!root) throw new Error("The page has no #root element");
  const page = root.querySelector<HTMLElement>(`[data-prerendered="${paint.locale}"]`);
  if (!page) return { container: root, prerendered: false };
  // From now on the app's own page, shown whatever language it switches to.
  page.removeAttribute("data-prerendered");
  return { container: page, prerendered: true };
}

/** Runs the app in the language the page was painted in; resolves once React has taken over the page. */
export async function startApp(paint: FirstPaint): Promise<void> {
  const storage = deviceStorage();
  const loaded = await readStoredSession(storage);
  const savedWork = savedWorkLoaded();
  const reopen = loaded.status === "ok" && savedWork ? savedWork.reopenFromAddress(loaded.session) : null;
  if (loaded.status !== "ok") dropStepFromAddress();
  await activateLocale(paint.locale);
  const { container, prerendered } = appContainer(paint);
  keepBoundaryEventsFromReact();
  const app = (
    <StrictMode>
      <App initialLocale={paint.locale} loaded={loaded} storage={storage} reopen={reopen} />
    </StrictMode>
  );
  // The prerendered page is exactly what a first-time visitor's app renders; anyone else gets a fresh render.
  if (prerendered && loaded.status === "none" && reopen === null) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
