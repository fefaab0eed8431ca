import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import {
  expectNoExternalRequests,
  expectNoPageErrors,
  type LaunchedBrowser,
  launchBrowser,
  type OpenedApp,
  openApp,
} from "./support/browser.ts";

let browser: LaunchedBrowser;
let app: OpenedApp | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
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

test("the app opens on a page with a main heading", async () => {
  app = await openApp(browser);
  const heading = app.page.getByRole("heading", { level: 1 });
  await heading.waitFor({ state: "visible" });
  expect(await heading.textContent()).not.toBe("");
});
