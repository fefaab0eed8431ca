import { whenIdle } from "../../ui/whenIdle.ts";
import { offerUpdate } from "./serviceWorkerUpdate.ts";

/**
 * Registers the service worker that keeps the app working offline (src/build/offlineApp.ts) once the page has
 * loaded and the browser is idle, whether or not the visitor has touched it: a visitor who reads the welcome page
 * and loses the signal still has the whole app next time. Its download never competes with the first paint. It
 * talks to this origin only. The browser's own API is enough here: the Workbox page library would add 2.9 kB gzip
 * to the whole app (its budget is in tests/build/budget.json).
 */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  reloadWhenAnUpdateTakesOver();
  const register = () =>
    whenIdle(() => {
      // No worker (the dev server) or none allowed (a browser setting may even resolve with nothing): the app
      // works online as before.
      navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).then(
        (registration) => registration && offerWaitingVersion(registration),
        () => {},
      );
    });
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}

/**
 * Once a new version takes over, from "Reload" in this tab or in any other, the old version's files are gone from
 * the cache: a tab left on it would fail at the next file it needs (a language, the wizard). So every tab reloads
 * onto the new one, where it was: the session is saved on every change and the address names the step. The first
 * visit's worker taking control of the page (clientsClaim) is no update.
 */
function reloadWhenAnUpdateTakesOver(): void {
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (controlled) window.location.reload();
    controlled = true;
  });
}

/**
 * A new version installed while an older one controls the page waits until the user chooses to reload (Workbox's
 * "prompt" flow): the waiting worker is told to take over, and every tab reloads once it has.
 */
function offerWaitingVersion(registration: ServiceWorkerRegistration): void {
  const offer = () => {
    const waiting = registration.waiting;
    if (!waiting || !navigator.serviceWorker.controller) return;
    offerUpdate(() => waiting.postMessage({ type: "SKIP_WAITING" }));
  };
  offer();
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed") offer();
    });
  });
}
