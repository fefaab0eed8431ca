import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { parseHeadersFile } from "../../src/build/previewHeaders.ts";
import { htmlLang, type Locale, localeNames, locales } from "../../src/i18n/locales.ts";
import { distDir } from "../build/buildOutput.ts";
import { launchBrowser, phoneViewport, sharedBrowser, waitForApp } from "./support/browser.ts";
import { startNginx, type WebServer } from "./support/nginx.ts";
import {
  continueButton,
  fillIn,
  headingOf,
  mainHeading,
  messageIn,
  waitForNewPage,
  wholePaths,
} from "./support/wholePaths.ts";

/** The site as published (dist/ served by nginx with the build's own configuration), checked from outside. */

const serviceWorkerTimeoutMs = 20_000;
const origin = () => inject("baseUrl");

async function shippedHeaders(): Promise<Record<string, string>> {
  const rules = parseHeadersFile(await readFile(join(distDir, "_headers"), "utf8"));
  return Object.fromEntries(rules.find((rule) => rule.path === "/*")?.headers ?? []);
}

describe("the headers nginx sends with the shipped configuration", () => {
  test("every page carries the policy, with frame-ancestors, and the other security headers", async () => {
    const expected = await shippedHeaders();
    expect(expected["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    for (const path of ["/", "/en/", "/es/", "/zh/", "/sw.js", "/manifest.webmanifest"]) {
      const response = await fetch(`${origin()}${path}`);
      expect(response.status, path).toBe(200);
      for (const [name, value] of Object.entries(expected))
        expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
  });

  test("pages and the service worker are asked for again; hashed files are kept for a year; nothing missing is", async () => {
    const html = await (await fetch(`${origin()}/zh/`)).text();
    const hashedScript = /content="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(hashedScript).toBeDefined();
    const cacheControl = async (path: string) =>
      (await fetch(`${origin()}${path}`)).headers.get("cache-control");
    expect(await cacheControl("/")).toBe("no-cache");
    expect(await cacheControl("/zh/")).toBe("no-cache");
    expect(await cacheControl("/sw.js")).toBe("no-cache");
    expect(await cacheControl(hashedScript ?? "")).toBe("public, max-age=31536000, immutable");
    const missing = await fetch(`${origin()}/assets/index-missing.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBeNull();
  });

  test("text is sent compressed, as the size budgets assume", async () => {
    const response = await fetch(`${origin()}/es/`, { headers: { "Accept-Encoding": "gzip" } });
    expect(response.headers.get("content-encoding")).toBe("gzip");
  });
});

describe("a page of another site", () => {
  const browser = sharedBrowser();

  test("cannot show the app in a frame", async () => {
    const app = await browser.open("/en/");
    const { page } = app;
    const refused = page.waitForEvent("console", (message) => message.text().includes("frame-ancestors"));
    // A page of this origin's: the policy refuses even that, as it refuses any other site.
    await page.setContent(`<iframe title="framed" src="${origin()}/en/"></iframe>`);
    await refused;
    const framed = page.frames().find((frame) => frame !== page.mainFrame());
    const framedHeadings = await framed?.evaluate(() =>
      [...document.querySelectorAll("h1")].map((heading) => heading.textContent),
    );
    expect(framedHeadings).not.toContain(messageIn("en", "welcome.title"));
    expect(framed?.url()).toMatch(/^chrome-error:/);
    // The browser reports the refusal as a console error: expected here.
    app.pageErrors.splice(0);
  });
});

/** The page as painted from the HTML alone: the app's scripts are refused, only the head's inline script runs. */
async function paintedWithoutTheApp(
  path: string,
): Promise<{ lang: string; headings: string[]; links: Record<string, string> }> {
  const browser = await launchBrowser({ viewport: phoneViewport, locale: "fr-FR" });
  try {
    const page = await browser.context.newPage();
    let refused = 0;
    await page.route(/\/assets\/.*\.js$/, (route) => {
      refused += 1;
      return route.abort();
    });
    await page.goto(`${origin()}${path}`);
    const links = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="canonical"], link[rel="alternate"]')].map(
          (link) => [link.rel === "canonical" ? "canonical" : link.hreflang, new URL(link.href).pathname],
        ),
      ),
    );
    const seen = {
      lang: await page.evaluate(() => document.documentElement.lang),
      headings: await page.getByRole("heading", { level: 1 }).allTextContents(),
      links,
    };
    await expect.poll(() => refused).toBeGreaterThan(0);
    return seen;
  } finally {
    await browser.close();
  }
}

describe.each(locales)("the address of %s", (locale) => {
  test("paints that language from the HTML alone, whatever the browser speaks, and names its alternates", async () => {
    const seen = await paintedWithoutTheApp(`/${locale}/`);
    expect(seen.lang).toBe(htmlLang[locale]);
    expect(seen.headings).toEqual([messageIn(locale, "welcome.title")]);
    expect(seen.links).toEqual({
      canonical: `/${locale}/`,
      en: "/en/",
      "es-PE": "/es/",
      "zh-CN": "/zh/",
      "x-default": "/",
    });
  });
});

describe("moving between the addresses", () => {
  const browser = sharedBrowser({ locale: "en-US" });

  test("the language switch moves to the language's address, keeping the step and the answers; a reload stays there", async () => {
    const { page } = await browser.open("/es/");
    expect(await mainHeading(page)).toBe(messageIn("es", "welcome.title"));
    await page.getByRole("button", { name: messageIn("es", "welcome.start"), exact: true }).click();
    const firstStep = wholePaths["prepaid Claro line, passport, in a store"][0];
    if (!firstStep || !("question" in firstStep)) throw new Error("The path does not start with a question");
    const question = await waitForNewPage(page, messageIn("es", "welcome.title"));
    await fillIn(page, "es", firstStep);
    await continueButton(page, "es").click();
    const advice = await waitForNewPage(page, question);
    // The address follows the new page a moment later.
    await page.waitForURL((url) => url.hash !== `#/${firstStep.question}`);
    const stepHash = new URL(page.url()).hash;

    await page.getByRole("link", { name: localeNames.zh, exact: true }).click();
    await waitForNewPage(page, advice);
    expect(new URL(page.url()).pathname).toBe("/zh/");
    expect(new URL(page.url()).hash).toBe(stepHash);

    await page.reload();
    await waitForApp(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(htmlLang.zh);
    await page.getByRole("link", { name: messageIn("zh", "common.back") }).click();
    await page.getByRole("heading", { level: 1, name: headingOf("zh", firstStep) }).waitFor();
    expect(await page.getByRole("radio", { checked: true }).count()).toBe(1);
  });

  test("an old address with ?lang= still opens in that language", async () => {
    const { page } = await browser.open("/?lang=zh");
    expect(await mainHeading(page)).toBe(messageIn("zh", "welcome.title"));
  });
});

async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: serviceWorkerTimeoutMs,
  });
}

describe("offline", () => {
  const browser = sharedBrowser({ locale: "en-US" });

  test.each(["zh", "es"] as Locale[])(
    "after one visit to /%s/, it opens from that address with no network",
    async (locale) => {
      const { page } = await browser.openUntouched(`/${locale}/`);
      await waitForServiceWorker(page);
      await browser.context.setOffline(true);
      try {
        const response = await page.reload();
        expect(response?.fromServiceWorker()).toBe(true);
        expect(await mainHeading(page)).toBe(messageIn(locale, "welcome.title"));
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(htmlLang[locale]);
      } finally {
        await browser.context.setOffline(false);
      }
    },
  );
});

describe("an update", () => {
  let site: string;
  let server: WebServer;
  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), "adios-chip-site-"));
    await cp(distDir, site, { recursive: true });
    server = await startNginx(site);
  });
  afterAll(async () => {
    await server?.close();
    await rm(site, { recursive: true, force: true });
  });

  test("reaches a tab left open: it offers to reload, and the reload runs the new version", async () => {
    const browser = await launchBrowser({ viewport: phoneViewport, locale: "en-US" });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/en/`);
      await waitForApp(page);
      await waitForServiceWorker(page);

      // A new version is published: its service worker differs from the one the tab runs.
      const worker = join(site, "sw.js");
      await writeFile(worker, `${await readFile(worker, "utf8")}\n// the next version\n`);
      await page.evaluate(() =>
        navigator.serviceWorker.getRegistration().then((registration) => registration?.update()),
      );

      const reload = page.getByRole("button", { name: messageIn("en", "update.reload") });
      await reload.waitFor({ timeout: serviceWorkerTimeoutMs });
      // Announced by the page's live region, which says the answers are kept.
      const offer = page.getByRole("status").filter({ has: reload });
      expect(await offer.textContent()).toContain(messageIn("en", "update.available"));
      await Promise.all([page.waitForEvent("load", { timeout: serviceWorkerTimeoutMs }), reload.click()]);
      await waitForApp(page);
      expect(await mainHeading(page)).toBe(messageIn("en", "welcome.title"));
      // The new worker took over: nothing waits any more, and it controls the reloaded page.
      await waitForServiceWorker(page);
      const stillWaiting = () =>
        navigator.serviceWorker.getRegistration().then((registration) => Boolean(registration?.waiting));
      expect(await page.evaluate(stillWaiting)).toBe(false);
      expect(await page.getByRole("button", { name: messageIn("en", "update.reload") }).count()).toBe(0);
    } finally {
      await browser.close();
    }
  });
});
