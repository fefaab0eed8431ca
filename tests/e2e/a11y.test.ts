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

test("every button and every link that stands alone is at least 24 by 24 pixels (WCAG 2.2, 2.5.8)", async () => {
  const { page } = await browser.openFresh("/?lang=en");
  const small: string[] = [];
  await walkPath(page, "en", wholePaths["prepaid Claro line, passport, in a store"], async (heading) => {
    const targets = page.locator("button:visible, .summary-list__actions a, .language-switch a, .back-link");
    for (const target of await targets.all()) {
      const box = await target.boundingBox();
      if (box && (box.width < 24 || box.height < 24))
        small.push(`"${heading}": ${(await target.textContent())?.trim()} ${box.width}×${box.height}`);
    }
  });
  expect(small).toEqual([]);
});
