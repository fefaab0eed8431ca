import { describe, expect, test } from "vitest";
import { violationsOn } from "./support/axe.ts";
import { sharedBrowser } from "./support/browser.ts";
import { expectEveryPageAccessible } from "./support/everyPageChecked.ts";
import { type PathName, wholePaths } from "./support/wholePaths.ts";

const pathTimeoutMs = 90_000;

const browser = sharedBrowser();

describe("axe finds no WCAG 2.2 AA violation, and every target is large enough, in English", () => {
  test("but axe reports one put into the page: a button without a name", async () => {
    const { page } = await browser.openFresh("/?lang=en");
    expect(await violationsOn(page, "welcome")).toEqual([]);
    await page.evaluate(() => document.querySelector("main")?.append(document.createElement("button")));
    expect(await violationsOn(page, "welcome, with a nameless button")).toEqual([
      expect.stringMatching(/^welcome, with a nameless button: button-name \(critical\)/),
    ]);
  });

  test.each(Object.keys(wholePaths) as PathName[])(
    "on every page of a whole path, and on its first question showing an error: %s",
    (pathName) => expectEveryPageAccessible(browser, "en", pathName),
    pathTimeoutMs,
  );
});
