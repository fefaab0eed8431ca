import { describe, expect, test } from "vitest";
import { freshEnglishWizards } from "./support/wizardPage.ts";

const openFreshApp = freshEnglishWizards();

const preparedHeadingText = "First, block the line and the phone — now";

describe("the page Continue leads to, laid out before the tap", () => {
  test("waits unseen: no longer page, no stop for Tab or a tap, nothing printed; then shows whole", async () => {
    const { wizard, page } = await openFreshApp();
    const pageLength = () => page.evaluate(() => document.documentElement.scrollHeight);
    const preparedPage = page.locator("main > [hidden]").filter({ hasText: preparedHeadingText });
    await wizard.start();
    await wizard.choose("Another reason");
    await wizard.choose("In Peru, and staying");
    await wizard.expectHeading("What state is the line in?");
    // Only the page shown is left once the page before is gone: nothing is prepared before a choice.
    await expect.poll(() => page.locator("main h1").count()).toBe(1);
    const lengthAlone = await pageLength();

    await page.getByLabel("The SIM or the phone was stolen", { exact: true }).check();
    await expect.poll(() => preparedPage.count()).toBe(1);

    expect(await pageLength()).toBe(lengthAlone);
    expect(await page.getByRole("heading", { name: preparedHeadingText }).count()).toBe(0);
    const reachable = await preparedPage.evaluate((prepared) =>
      [prepared, ...prepared.querySelectorAll<HTMLElement>("a, button, input, h1")].filter((element) => {
        element.focus();
        const box = element.getBoundingClientRect();
        const underPointer = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return document.activeElement === element || underPointer === element;
      }),
    );
    expect(reachable).toEqual([]);
    await page.emulateMedia({ media: "print" });
    expect(await preparedPage.evaluate((prepared) => getComputedStyle(prepared).display)).toBe("none");
    await page.emulateMedia({ media: "screen" });

    await wizard.continue();
    await wizard.expectHeading(preparedHeadingText);
    // The page that waited is the longer one: had it added to the page's length, the check above would have seen it.
    expect(await pageLength()).toBeGreaterThan(lengthAlone);
    await expect
      .poll(() => page.getByRole("button", { name: "Continue", exact: true }).isVisible())
      .toBe(true);
  });
});
