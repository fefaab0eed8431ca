import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterEach, expect } from "vitest";
import { sharedBrowser } from "./browser.ts";

/** What a person does on the wizard's pages, in their words. */
export function wizardPage(page: Page) {
  const heading = page.getByRole("heading", { level: 1 });
  const continueButton = page.getByRole("button", { name: "Continue", exact: true });
  return {
    heading,
    start: () => page.getByRole("button", { name: "Start", exact: true }).click(),
    /** Picks an option by its label and presses Continue. */
    choose: async (label: string) => {
      await page.getByLabel(label, { exact: true }).check();
      await continueButton.click();
    },
    type: async (label: string, text: string) => {
      await page.getByLabel(label).fill(text);
      await continueButton.click();
    },
    continue: () => continueButton.click(),
    back: () => page.getByRole("link", { name: "Back", exact: true }).click(),
    expectHeading: (text: string) => expect.poll(() => heading.textContent()).toBe(text),
    /** The text of each item on the page's checklist of documents. */
    documentItems: () => page.locator('input[id^="documents-"] + label').allTextContents(),
    planItems: () => statementsIn(page, "ol.plan > li"),
  };
}

/** Each statement's own words, without the number of its note. */
export const statementsIn = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((statements) =>
    statements.map((statement) => {
      const words = statement.cloneNode(true) as Element;
      for (const marker of words.querySelectorAll(".note-marker")) marker.remove();
      return words.textContent ?? "";
    }),
  );

/** Presses the button and reads the file the browser saves. */
export async function downloadWith(page: Page, buttonName: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: buttonName, exact: true }).click(),
  ]);
  return { fileName: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}

/**
 * For a file of tests: one browser shared by them, its cookies cleared after each; the function returned opens the app
 * afresh in English and gives the page and what a person does on it.
 */
export function freshEnglishWizards() {
  const browser = sharedBrowser();
  afterEach(async () => {
    await browser.context.clearCookies();
  });
  return async () => {
    const { page } = await browser.openFresh("/?lang=en");
    return { page, wizard: wizardPage(page) };
  };
}
