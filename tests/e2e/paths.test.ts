import { afterEach, describe, expect, inject, test } from "vitest";
import { type OpenedApp, sharedBrowser } from "./support/browser.ts";
import { wizardPage } from "./support/wizardPage.ts";

const browser = sharedBrowser();
afterEach(async () => {
  await browser.context.clearCookies();
});

let app: OpenedApp;

async function openFreshApp() {
  app = await browser.openFresh("/?lang=en");
  return wizardPage(app.page);
}

describe("coming back, mistakes and going back", () => {
  test("a reload in the middle, then Resume, lands on the same step with the earlier answers kept", async () => {
    const wizard = await openFreshApp();
    await wizard.start();
    await wizard.choose("Another reason");
    await wizard.choose("It works normally");
    await wizard.choose("Postpaid (“postpago”) or control: a monthly bill");
    await wizard.expectHeading("Which carrier is the line with?");
    await app.page.reload();
    await app.page.goto(`${inject("baseUrl")}/?lang=en`);
    await expect
      .poll(() => app.page.getByText(/You stopped at “Which carrier is the line with\?”/).count())
      .toBe(1);
    await app.page.getByRole("button", { name: "Resume" }).click();
    await wizard.expectHeading("Which carrier is the line with?");
    await wizard.choose("Entel");
    await wizard.choose("No");
    await wizard.continue();
    await wizard.choose("In my name");
    await wizard.choose("DNI");
    await wizard.choose("Online, in the carrier's app");
    for (let page = 0; page < 4; page += 1) await wizard.continue();
    await wizard.expectHeading("Your plan");
    const answers = app.page.locator(".summary-list");
    await expect
      .poll(() => answers.textContent())
      .toContain("Postpaid (“postpago”) or control: a monthly bill");
    expect(await answers.textContent()).toContain("It works normally");
    expect(await answers.textContent()).toContain("Entel");
  });

  test("Continue with nothing chosen shows the error summary and stays on the step", async () => {
    const wizard = await openFreshApp();
    await wizard.start();
    await wizard.continue();
    const summary = app.page.getByRole("alert");
    await expect.poll(() => summary.textContent()).toContain("There is a problem");
    await wizard.expectHeading("Why do you want to cancel the line?");
    expect(await app.page.title()).toMatch(/^Error: /);
    await summary.getByRole("link", { name: "Select why you want to cancel the line" }).click();
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.getAttribute("id")))
      .toBe("reason-leavingPeru");
  });

  test("Back, in the page or in the browser, returns to the step the user came from", async () => {
    const wizard = await openFreshApp();
    await wizard.start();
    await wizard.choose("I am switching to another carrier");
    await wizard.expectHeading("You may not need to cancel: keep your number");
    await wizard.continue();
    await wizard.expectHeading("What state is the line in?");
    await wizard.back();
    await wizard.expectHeading("You may not need to cancel: keep your number");
    await app.page.goBack();
    await wizard.expectHeading("Why do you want to cancel the line?");
    expect(await app.page.getByLabel("I am switching to another carrier").isChecked()).toBe(true);
  });

  test("a Change link on the summary asks again and comes back to the summary; Back from there too", async () => {
    const wizard = await openFreshApp();
    await wizard.start();
    await wizard.choose("Another reason");
    await wizard.choose("It works normally");
    await wizard.choose("Prepaid (“prepago”): you top up (“recarga”)");
    await wizard.choose("Claro");
    await wizard.continue();
    await wizard.choose("In my name");
    await wizard.choose("DNI");
    await wizard.choose("By phone");
    for (let page = 0; page < 4; page += 1) await wizard.continue();
    await wizard.expectHeading("Your plan");

    await app.page.getByRole("link", { name: "Change Carrier" }).click();
    await wizard.expectHeading("Which carrier is the line with?");
    expect(await app.page.getByLabel("Claro", { exact: true }).isChecked()).toBe(true);
    await wizard.choose("Bitel");
    await wizard.expectHeading("Your plan");
    await expect.poll(() => app.page.locator(".summary-list").textContent()).toContain("Bitel");

    await app.page.getByRole("link", { name: "Change Identity document" }).click();
    await wizard.expectHeading("Which identity document will you show?");
    await wizard.back();
    await wizard.expectHeading("Your plan");
  });
});
