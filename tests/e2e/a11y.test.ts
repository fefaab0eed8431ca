import { describe, expect, test } from "vitest";
import { locales } from "../../src/i18n/locales.ts";
import { violationsOn } from "./support/axe.ts";
import { sharedBrowser } from "./support/browser.ts";
import {
  continueButton,
  mainHeading,
  messageIn,
  type PathName,
  walkPath,
  wholePaths,
} from "./support/wholePaths.ts";

const pathTimeoutMs = 90_000;

const browser = sharedBrowser();

describe.each(locales)("axe finds no WCAG 2.2 AA violation, in %s", (locale) => {
  test.each(Object.keys(wholePaths) as PathName[])(
    "on every page of a whole path: %s",
    async (pathName) => {
      const { page } = await browser.openFresh(`/?lang=${locale}`);
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
    const { page } = await browser.openFresh(`/?lang=${locale}`);
    await page.getByRole("button", { name: messageIn(locale, "welcome.start"), exact: true }).click();
    await expect.poll(() => mainHeading(page)).toBe(messageIn(locale, "reason.title"));
    await continueButton(page, locale).click();
    await page.getByRole("heading", { name: messageIn(locale, "common.errorSummaryTitle") }).waitFor();
    expect(await violationsOn(page, "reason, with an error")).toEqual([]);
  });
});
