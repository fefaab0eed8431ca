import { describe, expect, test } from "vitest";
import { freshEnglishWizards } from "./support/wizardPage.ts";

declare global {
  interface Window {
    /** Find in page from a script, as the browser's own search does (Chromium, not standard): true when found. */
    find(text: string): boolean;
  }
}

const openFreshApp = freshEnglishWizards();

const preparedHeadingText = "First, block the line and the phone — now";
const preparedSentence = "Cancelling can wait; blocking cannot.";

describe("the page Continue leads to, laid out before the tap", () => {
  test("waits unseen: no longer page, nothing to read, find, focus or tap, nothing printed; then shows whole", async () => {
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
    // Laid out on screen (that is what makes the tap quick), so each check below has something to catch.
    expect(await preparedPage.evaluate((prepared) => getComputedStyle(prepared).display)).toBe("block");

    expect(await pageLength()).toBe(lengthAlone);
    const readOut = await page.locator("main").ariaSnapshot();
    expect(readOut).not.toContain(preparedHeadingText);
    expect(readOut).not.toContain(preparedSentence);
    expect(await page.evaluate((sentence) => window.find(sentence), preparedSentence)).toBe(false);
    const reachable = await preparedPage.evaluate((prepared) => {
      const interactive = "a, button, input, select, textarea, summary, label, [tabindex], h1";
      return [prepared, ...prepared.querySelectorAll<HTMLElement>(interactive)].filter((element) => {
        element.focus();
        if (document.activeElement === element) return true;
        // Where the page scrolls far enough to bring the element's place into view, a tap there must miss it.
        const top = element.getBoundingClientRect().top + window.scrollY;
        window.scrollTo(0, top - window.innerHeight / 2);
        const box = element.getBoundingClientRect();
        const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        if (centre.y < 0 || centre.y > window.innerHeight) return false;
        return prepared.contains(document.elementFromPoint(centre.x, centre.y));
      });
    });
    expect(reachable).toEqual([]);
    // A part of the page made visible on purpose (as a notice shown when loading is slow is) stays out of reach too.
    const shownOnPurpose = await preparedPage.evaluate((prepared) => {
      const button = prepared.querySelector("button");
      if (!button) return "no button";
      button.style.visibility = "visible";
      button.focus();
      const focused = document.activeElement === button;
      button.style.visibility = "";
      return focused ? "focused" : "out of reach";
    });
    expect(shownOnPurpose).toBe("out of reach");
    await page.emulateMedia({ media: "print" });
    expect(await preparedPage.evaluate((prepared) => getComputedStyle(prepared).display)).toBe("none");
    await page.emulateMedia({ media: "screen" });

    await wizard.continue();
    await wizard.expectHeading(preparedHeadingText);
    // The page that waited is the longer one: had it added to the page's length, the check above would have seen it.
    expect(await pageLength()).toBeGreaterThan(lengthAlone);
    expect(await page.locator("main").ariaSnapshot()).toContain(preparedSentence);
    expect(await page.evaluate((sentence) => window.find(sentence), preparedSentence)).toBe(true);
    await expect
      .poll(() => page.getByRole("button", { name: "Continue", exact: true }).isVisible())
      .toBe(true);
  });
});
