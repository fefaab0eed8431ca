import { describe, expect, test } from "vitest";
import { type Locale, locales } from "../../src/i18n/locales.ts";
import { violationsOn } from "./support/axe.ts";
import { sharedBrowser } from "./support/browser.ts";
import { smallTargets } from "./support/targetSize.ts";
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

/**
 * Every page of both whole paths in English; in the other languages, the path through the most pages of advice,
 * which passes every kind of page the other one does (the same components, with other answers).
 */
const walks: [Locale, PathName][] = [
  ...(Object.keys(wholePaths) as PathName[]).map((pathName): [Locale, PathName] => ["en", pathName]),
  ...locales
    .filter((locale) => locale !== "en")
    .map((locale): [Locale, PathName] => [
      locale,
      "stolen postpaid Movistar line in someone else's name, asked for by the user: only the store",
    ]),
];

describe("axe finds no WCAG 2.2 AA violation, and every target is large enough", () => {
  test("but reports one put into the page: a button without a name", async () => {
    const { page } = await browser.openFresh("/?lang=en");
    expect(await violationsOn(page, "welcome")).toEqual([]);
    await page.evaluate(() => document.querySelector("main")?.append(document.createElement("button")));
    expect(await violationsOn(page, "welcome, with a nameless button")).toEqual([
      expect.stringMatching(/^welcome, with a nameless button: button-name \(critical\)/),
    ]);
  });

  test.each(walks)(
    "in %s, on every page of a whole path: %s",
    async (locale, pathName) => {
      const { page } = await browser.openFresh(`/?lang=${locale}`);
      const violations: string[] = [];
      let pagesChecked = 0;
      await walkPath(page, locale, wholePaths[pathName], async (heading) => {
        violations.push(...(await violationsOn(page, heading)), ...(await smallTargets(page, heading)));
        pagesChecked += 1;
      });
      expect(violations).toEqual([]);
      expect(pagesChecked).toBe(wholePaths[pathName].length + 2);
    },
    pathTimeoutMs,
  );

  test.each(locales)(
    "in %s, on a question showing an error (Continue with nothing chosen)",
    async (locale) => {
      const { page } = await browser.openFresh(`/?lang=${locale}`);
      await page.getByRole("button", { name: messageIn(locale, "welcome.start"), exact: true }).click();
      await expect.poll(() => mainHeading(page)).toBe(messageIn(locale, "reason.title"));
      await continueButton(page, locale).click();
      await page.getByRole("heading", { name: messageIn(locale, "common.errorSummaryTitle") }).waitFor();
      expect(await violationsOn(page, "reason, with an error")).toEqual([]);
    },
  );
});
