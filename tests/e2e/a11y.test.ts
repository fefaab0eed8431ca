import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { type Locale, locales } from "../../src/i18n/locales.ts";
import {
  expectNoExternalRequests,
  expectNoPageErrors,
  type LaunchedBrowser,
  launchBrowser,
  type OpenedApp,
  openApp,
  waitForApp,
} from "./support/browser.ts";
import {
  continueButton,
  mainHeading,
  messageIn,
  type PathName,
  walkPath,
  wholePaths,
} from "./support/wholePaths.ts";

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core tags them. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const pathTimeoutMs = 90_000;

let browser: LaunchedBrowser;
let app: OpenedApp;

beforeAll(async () => {
  browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await app.page.close();
  expectNoExternalRequests(browser);
  expectNoPageErrors(app);
});

async function openFresh(locale: Locale): Promise<Page> {
  app = await openApp(browser, `/?lang=${locale}`);
  await app.page.evaluate(() => localStorage.clear());
  await app.page.reload();
  await waitForApp(app.page);
  return app.page;
}

/** axe's findings on the page as it is now, one line per rule broken, naming the page and the elements. */
async function violationsOn(page: Page, where: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of finishing each run in a new tab: three times faster, and
  // the app has no frames, which is what the other mode is for.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).withTags(wcagTags).analyze();
  return violations.map(
    (violation) =>
      `${where}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(" "))
        .join(", ")}`,
  );
}

describe.each(locales)("axe finds no WCAG 2.2 AA violation, in %s", (locale) => {
  test.each(Object.keys(wholePaths) as PathName[])(
    "on every page of a whole path: %s",
    async (pathName) => {
      const page = await openFresh(locale);
      const violations: string[] = [];
      let pagesChecked = 0;
      await walkPath(page, locale, wholePaths[pathName], async (heading) => {
        violations.push(...(await violationsOn(page, heading)));
        pagesChecked += 1;
      });
      expect(violations).toEqual([]);
      expect(pagesChecked).toBe(wholePaths[pathName].length + 2);
    },
    pathTimeoutMs,
  );

  test("on a question showing an error (Continue with nothing chosen)", async () => {
    const page = await openFresh(locale);
    await page.getByRole("button", { name: messageIn(locale, "welcome.start"), exact: true }).click();
    await expect.poll(() => mainHeading(page)).toBe(messageIn(locale, "reason.title"));
    await continueButton(page, locale).click();
    await page.getByRole("heading", { name: messageIn(locale, "common.errorSummaryTitle") }).waitFor();
    expect(await violationsOn(page, "reason, with an error")).toEqual([]);
  });
});
