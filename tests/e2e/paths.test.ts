import { describe, expect, inject, test } from "vitest";
import { violationsOn } from "./support/axe.ts";
import { freshEnglishWizards } from "./support/wizardPage.ts";

const openFreshApp = freshEnglishWizards();

describe("coming back and going back", () => {
  test("a reload in the middle, then Resume, lands on the same step with the earlier answers kept", async () => {
    const { wizard, page } = await openFreshApp();
    await wizard.start();
    await wizard.choose("Another reason");
    await wizard.choose("In Peru, and staying");
    await wizard.choose("It works normally");
    await wizard.choose("Postpaid (“postpago”) or control: a monthly bill");
    await wizard.expectHeading("Which carrier is the line with?");
    await page.reload();
    await page.goto(`${inject("baseUrl")}/?lang=en`);
    await expect
      .poll(() => page.getByText(/You stopped at “Which carrier is the line with\?”/).count())
      .toBe(1);
    await page.getByRole("button", { name: "Resume" }).click();
    await wizard.expectHeading("Which carrier is the line with?");
    await wizard.choose("Entel");
    await wizard.choose("No");
    await wizard.continue();
    await wizard.choose("In my name");
    await wizard.choose("DNI");
    await wizard.choose("Online, in the carrier's app");
    for (let page = 0; page < 4; page += 1) await wizard.continue();
    await wizard.expectHeading("Your plan");
    const answers = page.locator(".summary-list");
    await expect
      .poll(() => answers.textContent())
      .toContain("Postpaid (“postpago”) or control: a monthly bill");
    expect(await answers.textContent()).toContain("It works normally");
    expect(await answers.textContent()).toContain("Entel");
  });

  test("Back, in the page or in the browser, returns to the step the user came from", async () => {
    const { wizard, page } = await openFreshApp();
    await wizard.start();
    await wizard.choose("I am switching to another carrier");
    await wizard.expectHeading("Do you want to keep your phone number?");
    await wizard.choose("I am not sure yet");
    await wizard.expectHeading("You may not need to cancel: keep your number");
    await wizard.continue();
    await wizard.expectHeading("Where are you now?");
    await wizard.back();
    await wizard.expectHeading("You may not need to cancel: keep your number");
    await page.goBack();
    await wizard.expectHeading("Do you want to keep your phone number?");
    await page.goBack();
    await wizard.expectHeading("Why do you want to cancel the line?");
    expect(await page.getByLabel("I am switching to another carrier").isChecked()).toBe(true);
  });

  test("each new page starts with nothing selected, even after a typed answer", async () => {
    const { wizard, page } = await openFreshApp();
    const selection = () => page.evaluate(() => document.getSelection()?.type);
    const inAWeek = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await wizard.start();
    await wizard.choose("I am leaving Peru, or have already left");
    await wizard.expectHeading("Leaving only for a while? You can pause the line");
    await wizard.continue();
    await wizard.choose("In Peru, but leaving soon");
    await wizard.expectHeading("When do you fly out? (optional)");
    // The page's heading takes focus once it has painted: typed before that, the date would lose it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await page.getByLabel("When do you fly out? (optional)").fill(inAWeek);
    // The date field's caret is the document's selection.
    expect(await selection()).toBe("Caret");
    await wizard.continue();
    await wizard.expectHeading("What state is the line in?");
    expect(await selection()).toBe("None");
  });
});

describe("a switcher keeping the number", () => {
  test("is sent to the new carrier for portability, and no cancellation is planned", async () => {
    const { wizard, page } = await openFreshApp();
    await wizard.start();
    await wizard.choose("I am switching to another carrier");
    await wizard.expectHeading("Do you want to keep your phone number?");
    expect(await violationsOn(page, "keepNumber")).toEqual([]);
    await wizard.choose("Yes, keep my number");
    await wizard.choose("In Peru, and staying");
    await wizard.choose("It is suspended for unpaid bills");
    await wizard.expectHeading("Keep your number: ask the new carrier to port it");
    expect(await page.getByText(/a suspended line cannot be ported/).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Continue" }).count()).toBe(0);
    expect(await violationsOn(page, "portability")).toEqual([]);
  });
});
