/// <reference types="vite-plugin-pwa/vanillajs" />
import { offerUpdate } from "./serviceWorkerUpdate.ts";

/**
 * Registers the service worker that keeps the app working offline (src/build/offlineApp.ts). Its code is fetched
 * only after the page's load event, so it never competes with the first paint; it talks to this origin only.
 */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  const register = async () => {
    const { registerSW } = await import("virtual:pwa-register");
    const activateWaiting = registerSW({ onNeedRefresh: () => offerUpdate(() => void activateWaiting()) });
  };
  if (document.readyState === "complete") void register();
  else window.addEventListener("load", () => void register(), { once: true });
}
