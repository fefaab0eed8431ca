import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { type Locale, locales } from "../../src/i18n/locales.ts";
import type { MessageId } from "../../src/i18n/useText.ts";
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

describe("axe finds no WCAG 2.2 AA violation", () => {
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
        violations.push(...(await violationsOn(page, heading)));
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

/** Buttons and links that stand alone, smaller than 24 by 24 pixels (WCAG 2.2, 2.5.8). */
async function smallTargets(page: Page, heading: string): Promise<string[]> {
  const small: string[] = [];
  const targets = page.locator("button:visible, .summary-list__actions a, .language-switch a, .back-link");
  for (const target of await targets.all()) {
    const box = await target.boundingBox();
    if (box && (box.width < 24 || box.height < 24))
      small.push(`"${heading}": ${(await target.textContent())?.trim()} ${box.width}×${box.height}`);
  }
  return small;
}

describe.each(locales)("after the request, in %s", (locale) => {
  test(
    "axe finds no violation and every target is large enough, on each page and on the errors",
    async () => {
      const { page } = await browser.openFresh(`/?lang=${locale}`);
      await page.clock.setFixedTime(new Date("2026-07-22T17:00:00Z"));
      await walkPath(page, locale, wholePaths["prepaid Claro line, passport, in a store"]);
      const problems: string[] = [];
      const check = async (heading: string) => {
        await expect.poll(() => mainHeading(page)).toBe(messageIn(locale, heading as MessageId));
        problems.push(...(await violationsOn(page, heading)), ...(await smallTargets(page, heading)));
      };
      const press = (id: MessageId) =>
        page.getByRole("button", { name: messageIn(locale, id), exact: true }).click();

      await press("afterTheRequest.record");
      await check("requestMade.title");
      await page.getByLabel(messageIn(locale, "requestMade.date")).fill("2026-08-01");
      await continueButton(page, locale).click();
      await page.getByRole("heading", { name: messageIn(locale, "common.errorSummaryTitle") }).waitFor();
      problems.push(...(await violationsOn(page, "requestMade, with an error")));
      await page.getByLabel(messageIn(locale, "requestMade.date")).fill("2026-07-22");
      await continueButton(page, locale).click();
      await check("dueDate.title");
      await press("dueDate.letters");
      await check("letters.title");
      // The due date comes while the user reads the letters.
      await page.clock.setFixedTime(new Date("2026-07-24T17:00:00Z"));
      await page.goBack();
      await check("dueDate.title");
      await press("dueDate.checkNow");
      await check("checkIn.title");
      await page
        .getByRole("radio", { name: messageIn(locale, "checkIn.option.stillWorking"), exact: true })
        .check();
      await continueButton(page, locale).click();
      await check("wayUp.title");
      await page.getByLabel(messageIn(locale, "escalation.answerDate")).fill("2026-07-23");
      await press("escalation.save");
      await page.getByRole("heading", { name: messageIn(locale, "common.errorSummaryTitle") }).waitFor();
      problems.push(...(await violationsOn(page, "wayUp, with an error")));
      await page.goBack();
      await check("checkIn.title");
      await page.getByRole("radio", { name: messageIn(locale, "checkIn.option.gone"), exact: true }).check();
      await continueButton(page, locale).click();
      await check("lineGone.title");
      expect(problems).toEqual([]);
    },
    pathTimeoutMs,
  );
});

test("every button and every link that stands alone is at least 24 by 24 pixels (WCAG 2.2, 2.5.8)", async () => {
  const { page } = await browser.openFresh("/?lang=en");
  const small: string[] = [];
  await walkPath(page, "en", wholePaths["prepaid Claro line, passport, in a store"], async (heading) => {
    small.push(...(await smallTargets(page, heading)));
  });
  expect(small).toEqual([]);
});
