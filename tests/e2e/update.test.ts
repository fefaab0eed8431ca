import { afterAll, beforeAll, expect, test } from "vitest";
import { localeNames } from "../../src/i18n/locales.ts";
import { distDir } from "../build/buildOutput.ts";
import { sharedBrowser, waitForApp } from "./support/browser.ts";
import { type DeployedSite, deployedCopy } from "./support/newVersion.ts";
import { startNginx, type WebServer } from "./support/nginx.ts";
import { waitForServiceWorker } from "./support/serviceWorker.ts";
import { mainHeading, messageIn, switchLanguage } from "./support/wholePaths.ts";

const browser = sharedBrowser({ locale: "en-US" });
// A site of its own, which the test deploys a new version to.
let site: DeployedSite;
let server: WebServer;
beforeAll(async () => {
  site = await deployedCopy(distDir);
  server = await startNginx(site.dir);
});
afterAll(async () => {
  await browser.context.setOffline(false);
  await server?.close();
  await site?.remove();
});

test("after Reload in one tab, a tab left in the wizard goes on with the new version, on its page, even offline", async () => {
  const welcomeTab = (await browser.open(`${server.url}/`)).page;
  await waitForServiceWorker(welcomeTab);
  const wizardTab = (await browser.open(`${server.url}/`)).page;
  await waitForServiceWorker(wizardTab);
  await wizardTab.getByRole("button", { name: messageIn("en", "welcome.start"), exact: true }).click();
  await expect.poll(() => mainHeading(wizardTab)).toBe(messageIn("en", "reason.title"));

  await site.deployNewVersion();
  await welcomeTab.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  const wizardTabReloads = wizardTab.waitForEvent("load");
  await welcomeTab.getByRole("button", { name: messageIn("en", "update.reload"), exact: true }).click();
  await wizardTabReloads;
  await waitForApp(wizardTab);
  await expect.poll(() => mainHeading(wizardTab)).toBe(messageIn("en", "reason.title"));

  // The old version's files are gone from the device and from the host: only the new version can switch.
  await browser.context.setOffline(true);
  expect(await switchLanguage(wizardTab, localeNames.es)).toBe(messageIn("es", "reason.title"));
  await waitForApp(welcomeTab);
  expect(await switchLanguage(welcomeTab, localeNames.zh)).toBe(messageIn("zh", "welcome.title"));
}, 60_000);
