import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import type { Locale } from "../../src/i18n/locales.ts";
import {
  expectNoExternalRequests,
  expectNoPageErrors,
  type LaunchedBrowser,
  launchBrowser,
  type OpenedApp,
  openApp,
} from "./support/browser.ts";
import {
  continueButton,
  fillIn,
  headingOf,
  mainHeading,
  messageIn,
  type PathStep,
  waitForNewPage,
  wholePaths,
} from "./support/wholePaths.ts";

const pathTimeoutMs = 60_000;
const path: readonly PathStep[] = wholePaths["prepaid Claro line, passport, in a store"];
/** Reason, card status and plan type answered (with the reason's advice page between), then the carrier's page. */
const carrierPageIndex = 4;

let browser: LaunchedBrowser;
let app: OpenedApp | undefined;

beforeAll(async () => {
  browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  const finishedApp = app;
  app = undefined;
  await finishedApp?.page.close();
  expectNoExternalRequests(browser);
  if (finishedApp) expectNoPageErrors(finishedApp);
});

/** The language of each message catalog the browser downloads from now on, in order. */
function recordCatalogDownloads(launched: LaunchedBrowser): Locale[] {
  const downloaded: Locale[] = [];
  launched.context.on("response", (response) => {
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

async function switchTo(page: Page, language: string, expectedHeading: string) {
  const before = await mainHeading(page);
  await page.getByRole("link", { name: language, exact: true }).click();
  expect(await waitForNewPage(page, before)).toBe(expectedHeading);
}

test("another language's messages are downloaded only when it is chosen", async () => {
  const downloaded = recordCatalogDownloads(browser);
  app = await openApp(browser, "/?lang=zh");
  const { page } = app;
  await page.getByRole("heading", { level: 1, name: messageIn("zh", "welcome.title") }).waitFor();
  expect(downloaded).toContain("zh");
  expect(downloaded).not.toContain("es");

  await switchTo(page, "Español", messageIn("es", "welcome.title"));
  expect(downloaded).toContain("es");
});

test(
  "started in Chinese, switched to Spanish then English: the step, the option picked and the answers are kept",
  async () => {
    app = await openApp(browser, "/?lang=zh");
    const { page } = app;
    expect(await htmlLang(page)).toBe("zh-CN");

    await page.getByRole("button", { name: messageIn("zh", "welcome.start"), exact: true }).click();
    const firstQuestion = await waitForNewPage(page, messageIn("zh", "welcome.title"));
    const carrierStep = path[carrierPageIndex] as PathStep;
    expect(await answer(page, "zh", path.slice(0, carrierPageIndex), firstQuestion)).toBe(
      headingOf("zh", carrierStep),
    );
    await fillIn(page, "zh", carrierStep);

    await switchTo(page, "Español", headingOf("es", carrierStep));
    expect(await htmlLang(page)).toBe("es-PE");
    expect(await page.getByRole("radio", { name: "Claro", exact: true }).isChecked()).toBe(true);

    await switchTo(page, "English", headingOf("en", carrierStep));
    expect(await htmlLang(page)).toBe("en");
    expect(await page.getByRole("radio", { name: "Claro", exact: true }).isChecked()).toBe(true);

    const lastPage = await answer(page, "en", path.slice(carrierPageIndex), headingOf("en", carrierStep));
    expect(lastPage).toBe(messageIn("en", "summary.title"));
    const answers = await page.getByRole("definition").allTextContents();
    expect(answers).toEqual(
      expect.arrayContaining([
        messageIn("en", "reason.option.leavingPeru"),
        messageIn("en", "cardStatus.option.working"),
        messageIn("en", "planType.option.prepaid"),
        messageIn("en", "carrier.option.claro"),
      ]),
    );
  },
  pathTimeoutMs,
);
