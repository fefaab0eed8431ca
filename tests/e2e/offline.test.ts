import type { Page } from "playwright-core";
import { afterEach, describe, expect, inject, test } from "vitest";
import { localeNames } from "../../src/i18n/locales.ts";
import { reloadApp, sharedBrowser, waitForApp } from "./support/browser.ts";
import { resumeAtSummary } from "./support/resumedAtSummary.ts";
import { waitForServiceWorker } from "./support/serviceWorker.ts";
import {
  continueButton,
  fillIn,
  headingOf,
  mainHeading,
  messageIn,
  switchLanguage,
  waitForNewPage,
  walkPath,
  wholePaths,
} from "./support/wholePaths.ts";
import { statementsIn } from "./support/wizardPage.ts";

const pathTimeoutMs = 60_000;
const path = wholePaths["prepaid Claro line, passport, in a store"];

// No ?lang= in the addresses below: the language comes from the browser, then from the saved session.
const browser = sharedBrowser({ locale: "en-US" });
afterEach(async () => {
  await browser.context.setOffline(false);
});

/** From now on, what the page fetched other than from the service worker, and what it failed to fetch. */
function recordNetworkUse(page: Page): string[] {
  const used: string[] = [];
  page.on("response", (response) => {
    if (!response.fromServiceWorker() && response.url().startsWith("http")) used.push(response.url());
  });
  page.on("requestfailed", (request) => used.push(`failed: ${request.url()}`));
  return used;
}

/** Reloads with the network off: the page must come from the service worker. */
async function reloadOffline(page: Page) {
  const response = await reloadApp(page);
  expect(response?.fromServiceWorker()).toBe(true);
}

describe("offline", () => {
  test(
    "after one visit without a single tap, with no network, the page reloads and the wizard works",
    async () => {
      const { page } = await browser.openUntouched("/");
      await waitForServiceWorker(page);
      // Nobody has touched the page: its app has not even run, yet the whole app is kept for offline use.
      const appRan = () =>
        page.evaluate(() =>
          [...document.querySelectorAll("#root, #root > div")].some((element) =>
            Object.keys(element).some((key) => key.startsWith("__reactContainer$")),
          ),
        );
      expect(await appRan()).toBe(false);

      await browser.context.setOffline(true);
      const networkUse = recordNetworkUse(page);
      const response = await page.reload();
      expect(response?.fromServiceWorker()).toBe(true);
      let heading = await mainHeading(page);
      expect(heading).toBe(messageIn("en", "welcome.title"));
      await page.getByRole("button", { name: messageIn("en", "welcome.start"), exact: true }).click();
      for (const step of path.slice(0, 3)) {
        heading = await waitForNewPage(page, heading);
        expect(heading).toBe(headingOf("en", step));
        await fillIn(page, "en", step);
        await continueButton(page, "en").click();
      }
      const fourth = path[3];
      if (!fourth) throw new Error("The path is shorter than four pages");
      expect(await waitForNewPage(page, heading)).toBe(headingOf("en", fourth));
      expect(networkUse).toEqual([]);
      // The next test starts as a first visit again.
      await page.evaluate(() => localStorage.clear());
    },
    pathTimeoutMs,
  );

  test(
    "after one visit, with no network, the app opens, a whole path reaches the plan, the three languages work and a reload resumes",
    async () => {
      const { page } = await browser.open();
      await waitForServiceWorker(page);

      await browser.context.setOffline(true);
      expect(await page.evaluate(() => navigator.onLine)).toBe(false);
      const networkUse = recordNetworkUse(page);
      await reloadOffline(page);
      expect(await mainHeading(page)).toBe(messageIn("en", "welcome.title"));

      await walkPath(page, "en", path);
      const plan = { allTextContents: () => statementsIn(page, "ol.plan > li") };
      expect(await plan.allTextContents()).toContain(messageIn("en", "plan.keepProof"));

      expect(await switchLanguage(page, localeNames.es)).toBe(messageIn("es", "summary.title"));
      expect(await plan.allTextContents()).toContain(messageIn("es", "plan.keepProof"));
      expect(await switchLanguage(page, localeNames.zh)).toBe(messageIn("zh", "summary.title"));
      expect(await plan.allTextContents()).toContain(messageIn("zh", "plan.keepProof"));

      await reloadOffline(page);
      await expect.poll(() => mainHeading(page)).toBe(messageIn("zh", "summary.title"));
      expect(new URL(page.url()).hash).toBe("#/summary");
      expect(await plan.allTextContents()).toContain(messageIn("zh", "plan.keepProof"));

      // The app's plain address offers to resume the saved session where it stopped.
      const response = await page.goto(`${inject("baseUrl")}/`);
      expect(response?.fromServiceWorker()).toBe(true);
      await waitForApp(page);
      await page.getByRole("button", { name: messageIn("zh", "welcome.resume"), exact: true }).click();
      await expect.poll(() => mainHeading(page)).toBe(messageIn("zh", "summary.title"));
      expect(networkUse).toEqual([]);
    },
    pathTimeoutMs,
  );
});

describe("offline, after the request", () => {
  test(
    "with no network, in Chinese, a request is recorded, its due date shown, and on that day the check-in follows",
    async () => {
      const { page } = await browser.openFresh("/");
      await waitForServiceWorker(page);
      await page.clock.setFixedTime(new Date("2026-07-22T17:00:00Z"));
      await browser.context.setOffline(true);
      await reloadOffline(page);
      expect(await switchLanguage(page, localeNames.zh)).toBe(messageIn("zh", "welcome.title"));
      // The whole path offline is the test above's: here the plan is one saved earlier, resumed with no network.
      await resumeAtSummary(page, "zh", path);

      await page
        .getByRole("button", { name: messageIn("zh", "afterTheRequest.record"), exact: true })
        .click();
      await expect.poll(() => mainHeading(page)).toBe(messageIn("zh", "requestMade.title"));
      await page.getByLabel(messageIn("zh", "requestMade.code")).fill("CL-42");
      await continueButton(page, "zh").click();
      await expect.poll(() => mainHeading(page)).toBe(messageIn("zh", "dueDate.title"));
      // 23 July is a holiday: a request on Wednesday the 22nd is due on Friday the 24th.
      await expect.poll(() => page.locator("main").textContent()).toContain("2026年7月24日");

      await page.clock.setFixedTime(new Date("2026-07-24T17:00:00Z"));
      // Reopened on the due date (the address names the page it was on), the app asks first.
      await reloadOffline(page);
      await expect.poll(() => mainHeading(page)).toBe(messageIn("zh", "checkIn.title"));
      await page
        .getByRole("radio", { name: messageIn("zh", "checkIn.option.stillWorking"), exact: true })
        .check();
      await continueButton(page, "zh").click();
      await expect.poll(() => mainHeading(page)).toBe(messageIn("zh", "wayUp.title"));
      expect(await page.locator("main").textContent()).toContain("CL-42");
    },
    pathTimeoutMs,
  );
});

type ManifestIcon = { src: string; sizes: string; type: string; purpose?: string };
type Manifest = { name?: string; theme_color?: string; icons?: ManifestIcon[] };

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

async function fetchOk(url: URL) {
  const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  expect(response.status, url.href).toBe(200);
  return response;
}

describe("installable", () => {
  test("the build serves a manifest with a name, a theme colour and PNG icons of 192 and 512 pixels, and sw.js", async () => {
    const manifestUrl = new URL("/manifest.webmanifest", inject("baseUrl"));
    const manifest = (await (await fetchOk(manifestUrl)).json()) as Manifest;
    expect(manifest.name).toBe("adiós chip");
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);

    const pngIcons = (manifest.icons ?? []).filter((icon) => icon.type === "image/png");
    expect(pngIcons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
    for (const icon of pngIcons) {
      const bytes = Buffer.from(await (await fetchOk(new URL(icon.src, manifestUrl))).arrayBuffer());
      expect(pngSize(bytes), icon.src).toBe(icon.sizes);
    }

    const serviceWorker = await fetchOk(new URL("/sw.js", inject("baseUrl")));
    expect(serviceWorker.headers.get("content-type")).toMatch(/javascript/);
  });

  test("Chromium reports no installability errors once the service worker controls the page", async () => {
    const { page } = await browser.open();
    await waitForServiceWorker(page);
    const cdp = await page.context().newCDPSession(page);
    try {
      const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
      // The tests' browsers are incognito contexts, which Chromium never offers to install from.
      const fromTheApp = installabilityErrors.filter(({ errorId }) => errorId !== "in-incognito");
      expect(fromTheApp).toEqual([]);
    } finally {
      await cdp.detach();
    }
  });
});
