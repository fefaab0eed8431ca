import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { Locale } from "../../../src/i18n/locales.ts";
import { violationsOn } from "./axe.ts";
import type { SharedBrowser } from "./browser.ts";
import { smallTargets } from "./targetSize.ts";
import { repeatedIds } from "./uniqueIds.ts";
import { continueButton, messageIn, type PathName, walkPath, wholePaths } from "./wholePaths.ts";

/** What a page checked on a walk must be free of: axe's violations, targets too small, and ids used twice. */
export const problemsOn = async (page: Page, where: string): Promise<string[]> => [
  ...(await violationsOn(page, where)),
  ...(await smallTargets(page, where)),
  ...(await repeatedIds(page, where)),
];

/**
 * Walks a whole path, with axe and the target sizes checked on every page, and on the first question showing its
 * error (Continue with nothing chosen): a whole path in one language in the time it takes.
 */
export async function expectEveryPageAccessible(browser: SharedBrowser, locale: Locale, pathName: PathName) {
  const { page } = await browser.openFresh(`/?lang=${locale}`);
  const problems: string[] = [];
  let pagesChecked = 0;
  const check = async (heading: string) => {
    problems.push(...(await problemsOn(page, heading)));
    pagesChecked += 1;
  };
  await walkPath(page, locale, wholePaths[pathName], async (heading) => {
    await check(heading);
    if (heading !== messageIn(locale, "reason.title")) return;
    await continueButton(page, locale).click();
    await page.getByRole("heading", { name: messageIn(locale, "common.errorSummaryTitle") }).waitFor();
    await check(`${heading}, with an error`);
  });
  expect(problems).toEqual([]);
  // The welcome page, the summary and the question with its error, besides the path's own pages.
  expect(pagesChecked).toBe(wholePaths[pathName].length + 3);
}
