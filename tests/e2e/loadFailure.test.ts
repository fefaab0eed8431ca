import type { Page } from "playwright-core";
import { afterEach, describe, expect, test } from "vitest";
import type { Locale } from "../../src/i18n/locales.ts";
import { type OpenedApp, sharedBrowser } from "./support/browser.ts";
import { savedAtSummary } from "./support/resumedAtSummary.ts";
import { mainHeading, messageIn, wholePaths } from "./support/wholePaths.ts";

// No service worker: it would answer from its cache what these tests keep from arriving.
const browser = sharedBrowser({ locale: "en-US", serviceWorkers: "block" });

const wizardChunk = /\/assets\/Wizard-[^/]*\.js$/;
const appChunk = /\/assets\/main-[^/]*\.js$/;
const spanishCatalog = /\/assets\/es-[^/]*\.js$/;

/** The network fails on the way to the files that `chunk` matches, until `back`. */
async function cutOff(chunk: RegExp) {
  await browser.context.route(chunk, (route) => route.abort("internetdisconnected"));
  return { back: () => browser.context.unroute(chunk) };
}
afterEach(async () => {
  await browser.context.unrouteAll();
});

/** The console errors a failed download brings, which the test expects; any other error still fails it. */
function forgiveFailedDownloads(app: OpenedApp) {
  const expected = /Failed to load resource|Failed to fetch dynamically imported module/;
  const others = app.pageErrors.filter((error) => !expected.test(error));
  app.pageErrors.splice(0, app.pageErrors.length, ...others);
}

const failureHeading = (page: Page, locale: Locale) =>
  page.getByRole("heading", { level: 2, name: messageIn(locale, "app.loadFailed"), exact: true });
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent);

describe("a download that fails", () => {
  test("the wizard's: Start says so, with focus on the message, and Try again opens the first question once the network is back", async () => {
    const network = await cutOff(wizardChunk);
    const app = await browser.open("/");
    const { page } = app;
    await page.getByRole("button", { name: messageIn("en", "welcome.start"), exact: true }).click();
    await failureHeading(page, "en").waitFor();
    expect(await focusedText(page)).toBe(messageIn("en", "app.loadFailed"));
    expect(await page.locator("main").textContent()).toContain(messageIn("en", "app.loadFailedHelp"));

    await network.back();
    await page.getByRole("button", { name: messageIn("en", "app.tryAgain"), exact: true }).click();
    await expect.poll(() => mainHeading(page)).toBe(messageIn("en", "reason.title"));
    expect(await failureHeading(page, "en").count()).toBe(0);
    forgiveFailedDownloads(app);
    // The next test is a first visit.
    await page.evaluate(() => localStorage.clear());
  });

  test("the app's own, on a first visit's welcome page in Spanish: a press is not lost for good, the page says why, and the next press tries again", async () => {
    const network = await cutOff(appChunk);
    const app = await browser.openUntouched("/?lang=es");
    const { page } = app;
    const start = page.getByRole("button", { name: messageIn("es", "welcome.start"), exact: true });
    await start.click();
    await failureHeading(page, "es").waitFor();
    expect(await focusedText(page)).toBe(messageIn("es", "app.loadFailed"));
    expect(await mainHeading(page)).toBe(messageIn("es", "welcome.title"));

    // Still no network: pressing again says so again.
    await page.getByRole("button", { name: messageIn("es", "app.tryAgain"), exact: true }).click();
    await failureHeading(page, "es").waitFor();

    await network.back();
    await page.getByRole("button", { name: messageIn("es", "app.tryAgain"), exact: true }).click();
    await failureHeading(page, "es").waitFor({ state: "detached" });
    await start.click();
    await expect.poll(() => mainHeading(page)).toBe(messageIn("es", "reason.title"));
    forgiveFailedDownloads(app);
    await page.evaluate(() => localStorage.clear());
  });

  test("the Spanish for the counter, to someone reading in English: the plan says so rather than leave the card out, and Try again brings it", async () => {
    const network = await cutOff(spanishCatalog);
    const app = await browser.open("/");
    const { page } = app;
    const saved = savedAtSummary("en", wholePaths["prepaid Claro line, passport, in a store"]);
    await page.evaluate((session) => localStorage.setItem("adios-chip:session", session), saved);
    await page.reload();
    await page.getByRole("button", { name: messageIn("en", "welcome.resume"), exact: true }).click();
    await failureHeading(page, "en").waitFor();
    expect(await page.evaluate(() => localStorage.getItem("adios-chip:session"))).toBe(saved);

    await network.back();
    await page.getByRole("button", { name: messageIn("en", "app.tryAgain"), exact: true }).click();
    await expect.poll(() => mainHeading(page)).toBe(messageIn("en", "summary.title"));
    await page.getByRole("region", { name: messageIn("es", "staffCard.title") }).waitFor();
    forgiveFailedDownloads(app);
    await page.evaluate(() => localStorage.clear());
  });
});
