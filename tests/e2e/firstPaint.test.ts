import type { BrowserContextOptions, Page } from "playwright-core";
import { describe, expect, inject, test } from "vitest";
import { sessionKey } from "../../src/app/session/storageKeys.ts";
import { htmlLang, type Locale, locales } from "../../src/i18n/locales.ts";
import sessionV5 from "../fixtures/session-v5.json";
import { launchBrowser } from "./support/browser.ts";
import { messageIn } from "./support/wholePaths.ts";

/**
 * The page as the browser parses and paints it, before the app itself starts: the app's module script is refused,
 * so only the HTML, the styles and the small script in the head run.
 */
async function pageBeforeTheApp(
  path: string,
  contextOptions: BrowserContextOptions,
  beforeLoad?: (page: Page) => Promise<void>,
) {
  const browser = await launchBrowser(contextOptions);
  try {
    const page = await browser.context.newPage();
    const refusedModules: string[] = [];
    await page.route(/\/assets\/index-[^/]*\.js$/, (route) => {
      refusedModules.push(route.request().url());
      return route.abort();
    });
    await beforeLoad?.(page);
    await page.goto(new URL(path, inject("baseUrl")).href);
    const seen = {
      htmlLang: await page.evaluate(() => document.documentElement.lang),
      headings: await page.getByRole("heading", { level: 1 }).allTextContents(),
      start: await page.getByRole("button", { name: /./ }).first().textContent(),
    };
    // The head's script asks for the entry only once the page has painted.
    await expect.poll(() => refusedModules.length).toBe(1);
    return seen;
  } finally {
    await browser.close();
  }
}

const expected = (locale: Locale) => ({
  htmlLang: htmlLang[locale],
  headings: [messageIn(locale, "welcome.title")],
});

// English is what a page falls back to, so it would show whether or not its source was read; the served page's
// English before any script runs is prerender.test.ts's.
const otherThanEnglish = locales.filter((locale) => locale !== "en");

describe.each(otherThanEnglish)(
  "a visitor in %s sees the welcome page in that language from the first paint",
  (locale) => {
    test("asked for by ?lang=", async () => {
      const seen = await pageBeforeTheApp(`/?lang=${locale}`, { locale: "fr-FR" });
      expect(seen).toMatchObject(expected(locale));
      expect(seen.start).toBe(messageIn(locale, "welcome.start"));
    });

    test("saved with the session on the device", async () => {
      const saved = { ...sessionV5, locale };
      const seen = await pageBeforeTheApp("/", { locale: "fr-FR" }, async (page) => {
        await page.addInitScript((session) => localStorage.setItem(session.key, session.value), {
          key: sessionKey,
          value: JSON.stringify(saved),
        });
      });
      expect(seen).toMatchObject(expected(locale));
    });

    test("the browser's own language", async () => {
      const seen = await pageBeforeTheApp("/", { locale: htmlLang[locale] });
      expect(seen).toMatchObject(expected(locale));
      expect(seen.start).toBe(messageIn(locale, "welcome.start"));
    });
  },
);
