import { afterEach, beforeAll, describe, expect, inject, test } from "vitest";
import { type Locale, locales } from "../../src/i18n/locales.ts";
import {
  defaultTimeoutMs,
  expectNoExternalRequests,
  launchBrowser,
  type OpenedApp,
  sharedBrowser,
} from "./support/browser.ts";
import { mainHeading, messageIn } from "./support/wholePaths.ts";

declare global {
  interface Window {
    /** Whether anything removed part of the visitor's prerendered page (a fresh render instead of hydration). */
    prerenderReplaced?: boolean;
  }
}

const englishTitle = messageIn("en", "welcome.title");

test("the served page already holds the English welcome page, before any script runs", async () => {
  const html = await (await fetch(`${inject("baseUrl")}/`)).text();
  expect(html).toContain(`<h1 tabindex="-1">${englishTitle}</h1>`);
  // One inline script, the language mark in the head, which the policy allows by its hash.
  expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toHaveLength(1);

  const withoutScripts = await launchBrowser({ javaScriptEnabled: false });
  try {
    const page = await withoutScripts.context.newPage();
    await page.goto(`${inject("baseUrl")}/`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(englishTitle);
    expectNoExternalRequests(withoutScripts);
  } finally {
    await withoutScripts.close();
  }
});

describe("taking over the prerendered page", () => {
  // A hydration mismatch shows as a console error, on which sharedBrowser fails the test.
  const browser = sharedBrowser();
  let app: OpenedApp;

  beforeAll(async () => {
    await browser.context.addInitScript(() => {
      window.prerenderReplaced = false;
      new MutationObserver((records) => {
        const ownPage = `[data-prerendered="${document.documentElement.dataset.locale}"]`;
        const removedFromOwnPage = records.some(
          (record) =>
            record.removedNodes.length > 0 &&
            record.target instanceof Element &&
            record.target.parentElement?.id === "root" &&
            (record.target.matches(ownPage) || !record.target.hasAttribute("data-prerendered")),
        );
        if (removedFromOwnPage) window.prerenderReplaced = true;
      }).observe(document, { childList: true, subtree: true });
    });
  });
  afterEach(async () => {
    await app.page.evaluate(() => localStorage.clear());
  });

  const replaced = () => app.page.evaluate(() => window.prerenderReplaced);

  test.each(locales)(
    "in %s: the welcome page shows in its language, without an error",
    async (locale: Locale) => {
      app = await browser.open(`/?lang=${locale}`);
      await expect.poll(() => mainHeading(app.page)).toBe(messageIn(locale, "welcome.title"));
      // Each language's prerendered page is hydrated in place.
      expect(await replaced()).toBe(false);
      await app.page.getByRole("button", { name: messageIn(locale, "welcome.start"), exact: true }).click();
      await expect.poll(() => mainHeading(app.page)).toBe(messageIn(locale, "reason.title"));
    },
  );

  test.each(locales)(
    "in %s: a first-time visitor's app runs only at the first interaction; a Start pressed before still starts",
    async (locale: Locale) => {
      app = await browser.openUntouched(`/?lang=${locale}`);
      // The app's file is preloaded once the page has painted, but not run.
      await app.page.locator('link[rel="modulepreload"]').waitFor({ state: "attached" });
      const reactKeys = () =>
        app.page.evaluate(() =>
          [...document.querySelectorAll("#root, #root > div")].flatMap((element) => Object.keys(element)),
        );
      expect(await reactKeys()).toEqual([]);
      // Only the visitor's own page is left: one main landmark, which the skip link reaches.
      expect(await app.page.locator("main").count()).toBe(1);
      expect(await app.page.locator("#main").isVisible()).toBe(true);
      await app.page.getByRole("button", { name: messageIn(locale, "welcome.start"), exact: true }).click();
      await expect.poll(() => mainHeading(app.page)).toBe(messageIn(locale, "reason.title"));
    },
  );

  test("with a saved session, the welcome page offers to resume it, without an error", async () => {
    app = await browser.open("/?lang=en");
    await app.page.getByRole("button", { name: messageIn("en", "welcome.start"), exact: true }).click();
    await expect.poll(() => mainHeading(app.page)).toBe(messageIn("en", "reason.title"));
    await app.page.goto(`${inject("baseUrl")}/?lang=en`);
    await app.page.getByRole("button", { name: messageIn("en", "welcome.resume"), exact: true }).waitFor();
    expect(await replaced()).toBe(true);
  });
});

describe("on a slow network", () => {
  // Without the service worker, which would answer from its cache however slow the network.
  const slowNetwork = sharedBrowser({ serviceWorkers: "block" });

  test("Start keeps the welcome page, says it is loading, then shows the first question", async () => {
    const wizardChunk = /\/assets\/Wizard-[^/]*\.js$/;
    // The chunk is held until the loading state has been seen, however fast or slow this machine is.
    let releaseChunk = () => {};
    const chunkHeld = new Promise<void>((resolve) => {
      releaseChunk = resolve;
    });
    await slowNetwork.context.route(wizardChunk, async (route) => {
      await chunkHeld;
      await route.continue();
    });
    try {
      const app = await slowNetwork.open("/?lang=en");
      await app.page.getByRole("button", { name: messageIn("en", "welcome.start"), exact: true }).click();
      const loading = app.page.getByRole("status").filter({ hasText: messageIn("en", "app.loading") });
      await loading.waitFor({ state: "visible" });
      expect(await mainHeading(app.page)).toBe(englishTitle);
      releaseChunk();
      await expect
        .poll(() => mainHeading(app.page), { timeout: defaultTimeoutMs })
        .toBe(messageIn("en", "reason.title"));
      expect(await loading.count()).toBe(0);
    } finally {
      releaseChunk();
      await slowNetwork.context.unroute(wizardChunk);
    }
  });
});
