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

describe("whole paths to the summary", () => {
  test("an active prepaid Claro line in the holder's name, with a passport, by store visit", async () => {
    const wizard = await openFreshApp();
    await wizard.start();
    await wizard.expectHeading("Why do you want to cancel the line?");
    await wizard.choose("I am leaving Peru");
    await wizard.expectHeading("Leaving only for a while? You can pause the line");
    await wizard.continue();
    await wizard.choose("It works normally");
    await wizard.choose("Prepaid (“prepago”): you top up (“recarga”)");
    await wizard.choose("Claro");
    await wizard.type("What is the line's number? (optional)", "987 654 321");
    await wizard.choose("In my name");
    await wizard.choose("Passport");
    await wizard.choose("In a store — recommended: you leave with the proof");
    await wizard.expectHeading("What to bring");
    expect(await wizard.documentItems()).toEqual([
      "Passport (original and photocopy)",
      "The SIM card, in its phone",
    ]);
    await wizard.continue();
    await wizard.expectHeading("At the store");
    await expect
      .poll(() => app.page.getByText("Go to one of Claro's stores", { exact: false }).count())
      .toBe(1);
    await wizard.continue();
    await wizard.expectHeading("Your balance");
    await expect.poll(() => app.page.getByText(/Pasa Saldo/).count()).toBe(1);
    await wizard.continue();
    await wizard.expectHeading("Clean up before and after");
    await wizard.continue();
    await wizard.expectHeading("Your plan");
    const plan = await wizard.planItems();
    expect(plan).toContain("Our advice: Use up your prepaid balance.");
    expect(plan).toContain("Go to a store with your documents and ask for the cancellation.");
    expect(plan).not.toContain(
      "If you are leaving only for a while, consider a temporary suspension instead.",
    );
    expect(plan.at(-1)).toBe("Our advice: Destroy the SIM: cut the chip.");
    expect(plan.some((item) => item.includes("block"))).toBe(false);
  });

  test("a stolen postpaid Movistar line: blocking comes first", async () => {
    const wizard = await openFreshApp();
    await wizard.start();
    await wizard.choose("The phone or SIM was lost or stolen");
    await wizard.choose("The SIM or the phone was stolen");
    await wizard.expectHeading("First, block the line and the phone — now");
    const movistarRow = app.page.getByRole("row", { name: /Movistar/ });
    await expect.poll(() => movistarRow.textContent()).toContain("104");
    await wizard.continue();
    await wizard.choose("Postpaid (“postpago”) or control: a monthly bill");
    await wizard.choose("Movistar");
    await wizard.continue();
    await wizard.choose("In my name");
    await wizard.choose("DNI");
    await wizard.choose("By phone");
    await wizard.expectHeading("What to bring");
    expect(await wizard.documentItems()).toEqual([
      "DNI (original and photocopy)",
      "The blocking code (“código de bloqueo”) the carrier gave",
      "The police report (“denuncia”)",
      "The contract or a recent bill",
    ]);
    await wizard.continue();
    await wizard.expectHeading("On the phone");
    await wizard.continue();
    await wizard.continue();
    await wizard.continue();
    await wizard.expectHeading("Your plan");
    const plan = await wizard.planItems();
    expect(plan.slice(0, 4)).toEqual([
      "Call your bank to block cards and payment apps (Yape, Plin).",
      "Report the loss or theft on the carrier's loss and theft line: it blocks the line and the phone. Keep the blocking code.",
      "Report the theft to the police (PNP).",
      "Check that the phone's IMEI is blocked (“Checa tu IMEI”).",
    ]);
    expect(plan).toContain("Call Movistar's customer service (104) and ask for the cancellation.");
    expect(plan).toContain(
      "Pay the final bill: charges after the date the cancellation was due are not yours.",
    );
  });

  test("a line in someone else's name: only the holder can ask, or a representative in person", async () => {
    const wizard = await openFreshApp();
    await wizard.start();
    await wizard.choose("Another reason");
    await wizard.choose("It works normally");
    await wizard.choose("Prepaid (“prepago”): you top up (“recarga”)");
    await wizard.choose("Bitel");
    await wizard.continue();
    await wizard.choose("In someone else's name");
    await wizard.expectHeading("The line is in someone else's name");
    await expect.poll(() => app.page.getByText(/carta poder signed before a notary/).count()).toBe(1);
    await wizard.continue();
    await wizard.choose("Carné de Extranjería (CE)");
    await wizard.expectHeading("How do you want to ask for the cancellation?");
    expect(await app.page.getByRole("radio").count()).toBe(1);
    await wizard.choose("In a store — recommended: you leave with the proof");
    expect(await wizard.documentItems()).toEqual([
      "Carné de Extranjería (original and photocopy)",
      "A copy of the representative's ID",
      "A copy of the holder's ID",
      "A carta poder from the holder, signed before a notary, issued at most 1 month before",
      "The SIM card, in its phone",
    ]);
    for (const heading of ["What to bring", "At the store", "Your balance", "Clean up before and after"]) {
      await wizard.expectHeading(heading);
      await wizard.continue();
    }
    await wizard.expectHeading("Your plan");
    expect(await wizard.planItems()).toContain(
      "The holder asks for the cancellation by phone or in the app, or you ask for them at a store with the papers the carrier asks for.",
    );
  });
});

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
