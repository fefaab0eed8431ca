import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { mainText } from "./support/readText.ts";
import { downloadWith, freshEnglishWizards } from "./support/wizardPage.ts";

/**
 * Four people, each walked from the welcome page to their plan as they would answer, checking what each must be
 * told and what cannot apply to them: on their pages, in their plan and in the plan they download.
 */
const openFreshApp = freshEnglishWizards();

/** The lines of a text that match a pattern: what a person should not have read, shown when they did. */
const linesMatching = (texts: readonly string[], pattern: RegExp) =>
  texts.flatMap((text) => text.split("\n")).filter((line) => pattern.test(line));

/** The text of every page from now on, collected as each one shows, to check what a person reads on the way. */
function readAlong(page: Page) {
  const read: string[] = [];
  return {
    read,
    /** Reads the page under `heading`, then presses Continue. */
    async readAndContinue(heading: string) {
      await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);
      read.push(await mainText(page));
      await page.getByRole("button", { name: "Continue", exact: true }).click();
    },
  };
}

/** The day `days` from now, as a date field takes it. */
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const downloadPlan = (page: Page) => downloadWith(page, "Download the plan");

describe("four people, each with the plan their case needs", () => {
  test("a Chinese resident of Lima leaving Peru for good: Claro prepaid, a passport, a flight in three weeks", async () => {
    const { wizard, page } = await openFreshApp();
    const pages = readAlong(page);
    await wizard.start();
    await wizard.choose("I am leaving Peru, or have already left");
    await pages.readAndContinue("Leaving only for a while? You can pause the line");
    await wizard.choose("In Peru, but leaving soon");
    await wizard.expectHeading("When do you fly out? (optional)");
    await wizard.type("When do you fly out? (optional)", daysFromNow(21));
    await wizard.choose("It works normally");
    await wizard.choose("No");
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
    await pages.readAndContinue("What to bring");
    await pages.readAndContinue("At the store");
    await pages.readAndContinue("Your balance");
    await pages.readAndContinue("Clean up before and after");
    await wizard.expectHeading("Your plan");

    const balance = pages.read[3] ?? "";
    expect(balance).toContain("Pasa Saldo");
    expect(balance).toMatch(/Leaving a prepaid line unused does not end it soon/);
    expect(balance).not.toMatch(/\bbill\b/);

    const plan = await wizard.planItems();
    expect(plan[0]).toMatch(
      /^Ask for the cancellation by .+ at the latest: counting the longest time the rules may give the carrier, 5 business days, the line should be gone before your flight/,
    );
    expect(plan).toContain("Go to a store with your documents and ask for the cancellation.");
    expect(plan.some((item) => item.includes("Pasa Saldo"))).toBe(true);
    expect(linesMatching(plan, /temporary suspension|block/)).toEqual([]);

    const { fileName, text } = await downloadPlan(page);
    expect(fileName).toMatch(/\.txt$/);
    expect(text).toContain("Hola. Quiero dar de baja esta línea móvil.");
    expect(text).toContain("Número de la línea: 987654321");
    expect(text).toContain("0800 00123");
    expect(text).toContain("Quiero salirme");
    expect(text).toContain("https://");
  });

  test("a Peruvian whose phone, on instalments with a Movistar postpaid line, was stolen yesterday", async () => {
    const { wizard, page } = await openFreshApp();
    const pages = readAlong(page);
    await wizard.start();
    await wizard.choose("The phone or SIM was lost or stolen");
    await wizard.choose("In Peru, and staying");
    await wizard.choose("The SIM or the phone was stolen");
    await pages.readAndContinue("First, block the line and the phone — now");
    await wizard.choose("Postpaid (“postpago”) or control: a monthly bill");
    await wizard.choose("Movistar");
    await wizard.choose("Yes");
    await wizard.continue();
    await wizard.choose("In my name");
    await wizard.choose("DNI");
    await wizard.expectHeading("How do you want to ask for the cancellation?");
    expect(
      await page
        .getByRole("radio")
        .evaluateAll((radios) => radios.map((radio) => radio.getAttribute("value"))),
    ).toEqual(["store", "phone"]);
    await wizard.choose("By phone");
    await wizard.expectHeading("Have ready");
    expect(await wizard.documentItems()).toEqual([
      "DNI",
      "The blocking code (“código de bloqueo”) the carrier gave",
      "The police report (“denuncia”)",
      "The contract or a recent bill",
    ]);
    await pages.readAndContinue("Have ready");
    await pages.readAndContinue("On the phone");
    await pages.readAndContinue("Your last bill");
    await pages.readAndContinue("Clean up before and after");
    await wizard.expectHeading("Your plan");

    expect(pages.read[0]).toContain("104");
    expect(pages.read[3]).toContain("you no longer have it, so it cannot be returned");
    const everything = [...pages.read, ...(await wizard.planItems())];
    expect(linesMatching(everything, /while the old SIM still works|Claro:|Pasa Saldo|return it\b/)).toEqual(
      [],
    );

    const plan = await wizard.planItems();
    expect(plan.slice(0, 4)).toEqual([
      "Call your bank to block cards and payment apps (Yape, Plin).",
      "Report the loss or theft on the carrier's loss and theft line: it blocks the line and the phone. Keep the blocking code.",
      "Report the theft to the police (PNP).",
      "Check that the phone's IMEI is blocked (“Checa tu IMEI”).",
    ]);
    const replacement = plan.findIndex((item) => item.startsWith("If your bank, Yape or Plin send codes"));
    const moveCodes = plan.indexOf("Our advice: Move your bank, Yape and Plin codes to a new number.");
    expect(replacement).toBeGreaterThan(-1);
    expect(replacement).toBeLessThan(moveCodes);
    expect(plan).toContain(
      "Call Movistar's customer service (104, or 0800 11800 from any phone in Peru) and ask for the cancellation.",
    );

    const { text } = await downloadPlan(page);
    expect(text).toContain("104");
    expect(text).not.toContain("Para el personal");
    expect(text).toContain("If the carrier does not act");
  });

  test("a son whose father, the holder of an Entel postpaid line, has died", async () => {
    const { wizard, page } = await openFreshApp();
    const pages = readAlong(page);
    await wizard.start();
    await wizard.choose("The line's holder has died");
    await wizard.choose("In Peru, and staying");
    await wizard.choose("It works normally");
    await wizard.choose("Postpaid (“postpago”) or control: a monthly bill");
    await wizard.choose("Entel");
    await wizard.choose("No");
    await wizard.continue();
    await wizard.expectHeading("Holder: The holder has died");
    await wizard.continue();
    await wizard.expectHeading("First, the line must change holder");
    const advice = page.getByRole("region", {
      name: "Para el personal de la tienda: cambio de titularidad",
    });
    await expect.poll(() => advice.textContent()).toContain("Quiero solicitar el cambio de titularidad");
    await pages.readAndContinue("First, the line must change holder");
    await wizard.choose("DNI");
    await wizard.choose("In a store — recommended: you leave with the proof");
    await wizard.expectHeading("What to bring");
    await expect.poll(() => mainText(page)).toContain("First visit: the change of holder");
    expect(await wizard.documentItems()).toEqual([
      "DNI (original and photocopy)",
      "The ID of the holder who died",
      "The death certificate (“acta de defunción”)",
      "The new holder's identity document: yours",
      "The contract or a recent bill",
      "The SIM card, in its phone",
    ]);
    await pages.readAndContinue("What to bring");
    await pages.readAndContinue("At the store");
    await pages.readAndContinue("Your last bill");
    await pages.readAndContinue("Clean up before and after");
    await wizard.expectHeading("Your plan");

    const plan = await wizard.planItems();
    const changeFirst = plan.findIndex((item) =>
      item.startsWith("First visit, in person: ask for the change of holder"),
    );
    const cancel = plan.indexOf("Go to a store with your documents and ask for the cancellation.");
    expect(changeFirst).toBeGreaterThan(-1);
    expect(changeFirst).toBeLessThan(cancel);
    expect(
      plan.some((item) =>
        /^Wait until the line is in your name: the carrier has 10 business days/.test(item),
      ),
    ).toBe(true);
    expect(linesMatching([...pages.read, ...plan], /Change your WhatsApp|Your contract/)).toEqual([]);
    expect(linesMatching(pages.read, /tell them the holder has died/)).toHaveLength(1);

    const { text } = await downloadPlan(page);
    expect(text).toContain("Para el personal de la tienda: cambio de titularidad");
    expect(text).toContain("Para el personal de la tienda");
    expect(text).toContain("El titular de esta línea falleció");
  });

  test("a student whose Bitel prepaid line is in her host mother's name, who will call herself", async () => {
    const { wizard, page } = await openFreshApp();
    const pages = readAlong(page);
    await wizard.start();
    await wizard.choose("Another reason");
    await wizard.choose("In Peru, and staying");
    await wizard.choose("It works normally");
    await wizard.choose("Prepaid (“prepago”): you top up (“recarga”)");
    await wizard.choose("Bitel");
    await wizard.continue();
    await wizard.choose("In someone else's name");
    await pages.readAndContinue("The line is in someone else's name");
    expect(pages.read[0]).toContain(
      "The holder can ask for the cancellation by phone, in the carrier's app or at a store.",
    );
    await wizard.expectHeading("Who will ask for the cancellation?");
    await wizard.choose("The holder, by phone, in the app or at a store");
    await wizard.choose("DNI");
    await wizard.choose("By phone");
    await pages.readAndContinue("Have ready");
    await pages.readAndContinue("On the phone");
    await pages.readAndContinue("Your balance");
    await pages.readAndContinue("Clean up before and after");
    await wizard.expectHeading("Your plan");

    const plan = await wizard.planItems();
    expect(plan).toContain(
      "Pass this plan to the holder: they ask for the cancellation by phone, in the app or at a store, and keep the code they are given.",
    );
    expect(plan).toContain(
      "Call Bitel's customer service (123, or 930 123 123 from any phone in Peru) and ask for the cancellation.",
    );
    expect(
      linesMatching([...pages.read.slice(1), ...plan], /carta poder|notary|on the holder's behalf/),
    ).toEqual([]);

    const { text } = await downloadPlan(page);
    expect(text).toContain("930 123 123");
    expect(text).not.toContain("carta poder");
  });
});
