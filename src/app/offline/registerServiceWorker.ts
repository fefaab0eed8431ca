/// <reference types="vite-plugin-pwa/vanillajs" />
import { whenIdle } from "../../ui/whenIdle.ts";
import { offerUpdate } from "./serviceWorkerUpdate.ts";

/**
 * Registers the service worker that keeps the app working offline (src/build/offlineApp.ts) once the browser is
 * idle: its download of the whole app never competes with the first paint or with the visitor's first tap. It
 * talks to this origin only.
 */
export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator)) return;
  whenIdle(async () => {
    const { registerSW } = await import("virtual:pwa-register");
    const activateWaiting = registerSW({ onNeedRefresh: () => offerUpdate(() => void activateWaiting()) });
  });
}
