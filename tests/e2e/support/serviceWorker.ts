import type { Page } from "playwright-core";

/** The first visit precaches the whole app before the service worker takes control. */
const serviceWorkerTimeoutMs = 20_000;

/** Waits until the service worker is active (its precache complete) and controls the page. */
export async function waitForServiceWorker(page: Page) {
  await page.evaluate(async (timeoutMs) => {
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no active service worker after ${timeoutMs} ms`)), timeoutMs),
    );
    await Promise.race([navigator.serviceWorker.ready, timeout]);
  }, serviceWorkerTimeoutMs);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: serviceWorkerTimeoutMs,
  });
}
