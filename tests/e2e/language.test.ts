import type { BrowserContext, Page } from "playwright-core";
import { expect, test } from "vitest";
import type { Locale } from "../../src/i18n/locales.ts";
import { sharedBrowser } from "./support/browser.ts";
import {
  continueButton,
  fillIn,
  headingOf,
  messageIn,
  type PathStep,
  switchLanguage,
  waitForNewPage,
  wholePaths,
} from "./support/wholePaths.ts";

const pathTimeoutMs = 60_000;
const path: readonly PathStep[] = wholePaths["prepaid Claro line, passport, in a store"];
/** The carrier's page, reached after the reason, where the person is, the flight, the card and the plan type. */
const carrierPageIndex = path.findIndex((step) => "question" in step && step.question === "carrier");

const browser = sharedBrowser();

/** The language of each message catalog the browser downloads from now on, in order. */
function recordCatalogDownloads(context: BrowserContext): Locale[] {
  const downloaded: Locale[] = [];
  context.on("response", (response) => {
    const catalog = /\/assets\/(en|es|zh)-[\w-]+\.js$/.exec(new URL(response.url()).pathname)?.[1];
    if (catalog) downloaded.push(catalog as Locale);
  });
  return downloaded;
}

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Answers the path's steps from the page whose heading is `heading`; returns the heading of the page reached. */
async function answer(
  page: Page,
  locale: Locale,
  steps: readonly PathStep[],
  heading: string,
): Promise<string> {
  let previous = heading;
  for (const step of steps) {
    await fillIn(page, locale, step);
    await continueButton(page, locale).click();
    previous = await waitForNewPage(page, previous);
  }
  return previous;
}

test("another language's messages are downloaded only when it is chosen", async () => {
  const downloaded = recordCatalogDownloads(browser.context);
  const { page } = await browser.open("/?lang=zh");
  await page.getByRole("heading", { level: 1, name: messageIn("zh", "welcome.title") }).waitFor();
  expect(downloaded).toContain("zh");
  expect(downloaded).not.toContain("es");

  expect(await switchLanguage(page, "Español")).toBe(messageIn("es", "welcome.title"));
  expect(downloaded).toContain("es");
});

test(
  "started in Chinese, switched to Spanish then English: the step, the option picked and the answers are kept",
  async () => {
    const { page } = await browser.open("/?lang=zh");
    expect(await htmlLang(page)).toBe("zh-CN");

    await page.getByRole("button", { name: messageIn("zh", "welcome.start"), exact: true }).click();
    const firstQuestion = await waitForNewPage(page, messageIn("zh", "welcome.title"));
    const carrierStep = path[carrierPageIndex] as PathStep;
    expect(await answer(page, "zh", path.slice(0, carrierPageIndex), firstQuestion)).toBe(
      headingOf("zh", carrierStep),
    );
    await fillIn(page, "zh", carrierStep);

    expect(await switchLanguage(page, "Español")).toBe(headingOf("es", carrierStep));
    expect(await htmlLang(page)).toBe("es-PE");
    expect(await page.getByRole("radio", { name: "Claro", exact: true }).isChecked()).toBe(true);

    expect(await switchLanguage(page, "English")).toBe(headingOf("en", carrierStep));
    expect(await htmlLang(page)).toBe("en");
    expect(await page.getByRole("radio", { name: "Claro", exact: true }).isChecked()).toBe(true);

    const lastPage = await answer(page, "en", path.slice(carrierPageIndex), headingOf("en", carrierStep));
    expect(lastPage).toBe(messageIn("en", "summary.title"));
    const answers = await page.getByRole("definition").allTextContents();
    expect(answers).toEqual(
      expect.arrayContaining([
        messageIn("en", "reason.option.leavingPeru"),
        messageIn("en", "whereabouts.option.leaving"),
        messageIn("en", "cardStatus.option.working"),
        messageIn("en", "planType.option.prepaid"),
        messageIn("en", "carrier.option.claro"),
      ]),
    );
  },
  pathTimeoutMs,
);
