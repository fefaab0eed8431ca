import { expect, test } from "vitest";
import { sharedBrowser } from "./support/browser.ts";

/** Playwright's default window size: the one file that opens the app as on a desktop. */
const browser = sharedBrowser({ viewport: { width: 1280, height: 720 } });

test("the app opens on the welcome page, with its heading and Start", async () => {
  const { page } = await browser.open();
  const heading = page.getByRole("heading", { level: 1 });
  await heading.waitFor({ state: "visible" });
  expect(await heading.textContent()).toBe("Cancel your Peruvian mobile line");
  expect(await page.getByRole("button", { name: "Start" }).isVisible()).toBe(true);
});
