import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Page } from "playwright-core";
import { describe, expect, inject, test } from "vitest";
import type { StepId } from "../../src/flow/steps.ts";
import { type Locale, localeNames } from "../../src/i18n/locales.ts";
import type { MessageId } from "../../src/i18n/useText.ts";
import { unsourcedStatements } from "../support/unsourcedStatements.ts";
import { type OpenedApp, reloadApp, sharedBrowser } from "./support/browser.ts";
import { resumeAtSummary } from "./support/resumedAtSummary.ts";
import { messageIn, wholePaths } from "./support/wholePaths.ts";
import { downloadWith, statementsIn, wizardPage } from "./support/wizardPage.ts";

const pathTimeoutMs = 60_000;
/** Ends at the store, so the summary carries the staff card. */
const storePath = wholePaths["prepaid Claro line, passport, in a store"];
const prepaid = messageIn("en", "planType.option.prepaid");
const lineNumberLabel = messageIn("en", "lineNumber.title");

const browser = sharedBrowser();

const asTab = ({ page }: OpenedApp) => ({ page, wizard: wizardPage(page) });
/** A tab on the app at `path`, with whatever earlier tabs of the test stored. */
const openTab = async (path: string) => asTab(await browser.open(path));
/** A tab on the welcome page of a device with nothing stored. */
const openFreshTab = async (locale: Locale = "en") => asTab(await browser.openFresh(`/?lang=${locale}`));

const titleOf = (step: StepId) => messageIn("en", `${step}.title` as MessageId);
const hashOf = (page: Page) => new URL(page.url()).hash;

/** The page shows the step's heading, and the address bar names the step. */
async function expectStep(page: Page, step: StepId) {
  await wizardPage(page).expectHeading(titleOf(step));
  await expect.poll(() => hashOf(page)).toBe(`#/${step}`);
}

const lineNumberDigits = async (page: Page) =>
  (await page.getByLabel(lineNumberLabel).inputValue()).replace(/\D/g, "");
const isChecked = (page: Page, label: string) => page.getByLabel(label, { exact: true }).isChecked();

/** Answers the reason, where the person is and the line's state, so that the plan type is the next question. */
async function answerTwoSteps(page: Page) {
  const wizard = wizardPage(page);
  await wizard.start();
  await wizard.choose("Another reason");
  await wizard.choose("In Peru, and staying");
  await wizard.choose("It works normally");
  await expectStep(page, "planType");
}

async function expectNoErrorShown(page: Page) {
  expect(await page.getByRole("alert").count()).toBe(0);
  expect(await page.title()).not.toMatch(/^Error/);
}

describe("the browser's Back and Forward buttons", () => {
  test("move between the steps, keep every answer and name the step in the address; a reload stays there", async () => {
    const { page, wizard } = await openFreshTab();
    await wizard.start();
    await wizard.choose("Another reason");
    await wizard.choose("In Peru, and staying");
    await wizard.choose("It works normally");
    await wizard.choose(prepaid);
    await wizard.choose("Claro");
    await wizard.type(lineNumberLabel, "987 654 321");
    await expectStep(page, "holder");

    await page.goBack();
    await expectStep(page, "lineNumber");
    expect(await lineNumberDigits(page)).toBe("987654321");
    await page.goBack();
    await expectStep(page, "carrier");
    expect(await isChecked(page, "Claro")).toBe(true);
    await page.goBack();
    await expectStep(page, "planType");
    expect(await isChecked(page, prepaid)).toBe(true);

    await page.goForward();
    await expectStep(page, "carrier");
    expect(await isChecked(page, "Claro")).toBe(true);

    await reloadApp(page);
    await expectStep(page, "carrier");
    expect(await isChecked(page, "Claro")).toBe(true);
    await wizard.continue();
    await expectStep(page, "lineNumber");
    expect(await lineNumberDigits(page)).toBe("987654321");
  });
});

describe("the browser's Back then Forward after the plan", () => {
  test("returns to the letters and to the request's form, which their own buttons opened", async () => {
    const { page } = await openFreshTab();
    await resumeAtSummary(page, "en", storePath);
    await page.getByRole("button", { name: messageIn("en", "afterTheRequest.letters"), exact: true }).click();
    await expectStep(page, "letters");
    await page.goBack();
    await expectStep(page, "summary");
    await page.goForward();
    await expectStep(page, "letters");

    await page.goBack();
    await expectStep(page, "summary");
    await page.getByRole("button", { name: messageIn("en", "afterTheRequest.record"), exact: true }).click();
    await expectStep(page, "requestMade");
    await page.goBack();
    await expectStep(page, "summary");
    await page.goForward();
    await expectStep(page, "requestMade");
  });
});

describe("the browser's Back after Resume", () => {
  test("goes back through the steps taken, after the app's own Back too, and leaves the app only from the welcome page", async () => {
    const first = await openFreshTab();
    await answerTwoSteps(first.page);

    // A new tab, as a phone opens the app again: its history holds only the welcome page.
    const { page, wizard } = await openTab("/?lang=en");
    const entriesBefore = await page.evaluate(() => window.history.length);
    await page.getByRole("button", { name: "Resume", exact: true }).click();
    await expectStep(page, "planType");
    // The welcome page, then one entry for each step taken: reason, where the person is, state of the line, plan type
    // (written once the page has painted).
    await expect.poll(() => page.evaluate(() => window.history.length)).toBe(entriesBefore + 4);

    await wizard.back();
    await expectStep(page, "cardStatus");
    await page.goBack();
    await expectStep(page, "whereabouts");
    await page.goBack();
    await expectStep(page, "reason");
    await page.goBack();
    await wizard.expectHeading(messageIn("en", "welcome.title"));
    await expect.poll(() => hashOf(page)).toBe("");
  });
});

describe("an address typed by hand", () => {
  test("for a step not reached yet shows the furthest step reached, with no error, in the tab or in a new one", async () => {
    const { page } = await openFreshTab();
    await answerTwoSteps(page);

    await page.goto(`${inject("baseUrl")}/?lang=en#/summary`);
    await expectStep(page, "planType");
    await expectNoErrorShown(page);

    const other = await openTab("/?lang=en#/balance");
    await expectStep(other.page, "planType");
    await expectNoErrorShown(other.page);
    expect(await isChecked(other.page, prepaid)).toBe(false);
  });

  test("for no step at all (#/nonsense) shows the welcome page, or the step the user is on, without a crash", async () => {
    const { page, wizard } = await openFreshTab();
    await page.goto(`${inject("baseUrl")}/?lang=en#/nonsense`);
    await reloadApp(page);
    await wizard.expectHeading(messageIn("en", "welcome.title"));

    await answerTwoSteps(page);
    await page.goto(`${inject("baseUrl")}/?lang=en#/nonsense`);
    await expectStep(page, "planType");
    await expectNoErrorShown(page);

    const other = await openTab("/?lang=en#/nonsense");
    await other.wizard.expectHeading(messageIn("en", "welcome.title"));
    await expect.poll(() => other.page.getByText(`You stopped at “${titleOf("planType")}”`).count()).toBe(1);
    await other.page.getByRole("button", { name: "Resume", exact: true }).click();
    await expectStep(other.page, "planType");
  });
});

/** What the summary shows of the plan, as the user reads it. */
async function summaryOnScreen(page: Page) {
  return {
    plan: await statementsIn(page, "ol.plan > li"),
    documents: await page.locator(".checklist label").allTextContents(),
  };
}

const collapseSpaces = (text: string) => text.replace(/\s+/g, " ").trim();

/** The PDF's pages and its text, with the line breaks and runs of spaces of the layout as single spaces. */
async function readPdf(pdf: Uint8Array): Promise<{ pageCount: number; text: string }> {
  const pdfDocument = await getDocument({ data: pdf, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdfDocument.numPages; number += 1) {
      const { items } = await (await pdfDocument.getPage(number)).getTextContent();
      pages.push(items.map((item) => ("str" in item ? `${item.str}${item.hasEOL ? " " : ""}` : "")).join(""));
    }
    return { pageCount: pdfDocument.numPages, text: collapseSpaces(pages.join(" ")) };
  } finally {
    await pdfDocument.destroy();
  }
}

describe("keeping a copy of the plan", () => {
  test(
    "printing the summary gives a short PDF of the plan, the documents and the staff card, with nothing to press",
    async () => {
      const { page } = await openFreshTab();
      await resumeAtSummary(page, "en", storePath);
      const { plan, documents } = await summaryOnScreen(page);
      const [ticked = "", ...unticked] = documents;
      await page.getByRole("checkbox", { name: ticked, exact: true }).check();
      const staffCardSpanish = await statementsIn(page, ".staff-card .spanish-line__spanish");
      expect(staffCardSpanish).toContain(messageIn("es", "staffCard.request"));

      const { pageCount, text } = await readPdf(new Uint8Array(await page.pdf({ format: "A4" })));

      expect(text).toContain(messageIn("en", "summary.title"));
      for (const action of plan) expect(text).toContain(collapseSpaces(action));
      // Each fact is printed with the number of its note, as on screen, the notes once at the end with every
      // address in full, each rule named once; and our advice with its mark.
      const notesAt = text.lastIndexOf(messageIn("en", "source.list"));
      expect(notesAt).toBeGreaterThan(text.indexOf(messageIn("en", "summary.answersTitle")));
      expect(text.slice(notesAt)).toContain(
        "claro.com.pe (https://www.claro.com.pe/personas/beneficios/movil/transferencia-de-saldo) (carrier)",
      );
      expect(text.match(/Res\. 000132-2025-CD\/OSIPTEL/g)).toHaveLength(1);
      expect(text).toContain("Our advice: Destroy the SIM: cut the chip.");
      expect(await page.locator("main").evaluate(unsourcedStatements)).toEqual([]);
      // The stylesheet draws each document's tick as ☑ or ☐ in place of the hidden checkbox.
      expect(text).toContain(`☑ ${ticked}`);
      for (const item of unticked) expect(text).toContain(`☐ ${item}`);
      // The card's title is in capitals (text-transform), on screen and on paper.
      expect(text).toContain(messageIn("es", "staffCard.title").toLocaleUpperCase("es"));
      for (const line of staffCardSpanish) expect(text).toContain(collapseSpaces(line));

      const onScreenOnly = [
        // The file field of "Import a session" is a button with no text of its own.
        ...(await page.getByRole("button").allTextContents()).filter((label) => label !== ""),
        ...(await page.getByRole("link", { name: /^Change / }).allTextContents()),
        messageIn("en", "app.skipLink"),
        messageIn("en", "planActions.title"),
        messageIn("en", "session.tools.title"),
        messageIn("en", "session.import.label"),
        localeNames.es,
        localeNames.zh,
      ].map(collapseSpaces);
      expect(onScreenOnly).toEqual(
        expect.arrayContaining(["Print the plan", "Download the plan", "Delete my data", "Change Carrier"]),
      );
      for (const label of onScreenOnly) expect(text).not.toContain(label);
      // The Back link is hidden too; "Back up your SMS and contacts." is a step of this plan.
      expect(text).not.toMatch(/\bBack\b(?! up)/);

      // Three A4 pages since the plan opens with its short answer and says what a line left behind costs, with its
      // sources in full at the end: a plan to carry, not a booklet.
      expect(pageCount).toBeLessThanOrEqual(3);
    },
    pathTimeoutMs,
  );

  const downloadThePlan = (page: Page, locale: Locale) =>
    downloadWith(page, messageIn(locale, "planActions.download"));

  test(
    "Download the plan saves a text file in English: the plan in order and the documents, each with the number of its note or marked as advice, the ticks, the staff card, and the notes with every address in full",
    async () => {
      const { page } = await openFreshTab("en");
      await resumeAtSummary(page, "en", storePath);
      const { plan, documents } = await summaryOnScreen(page);
      const [ticked = "", ...unticked] = documents;
      await page.getByRole("checkbox", { name: ticked, exact: true }).check();

      const { fileName, text } = await downloadThePlan(page, "en");

      expect(fileName).toBe("adios-chip-plan-claro-987654321.txt");
      const lines = text.split("\n");
      expect(lines[0]).toBe("adiós chip: Your plan");
      expect(lines).toContain("What to do, in order");
      const notes = lines.slice(lines.lastIndexOf("Sources") + 3);
      for (const [index, action] of plan.entries()) {
        const line = lines.find((candidate) => candidate.startsWith(`${index + 1}. ${action}`));
        const number = line?.match(/ \[(\d+)\]$/)?.[1];
        if (action.startsWith("Our advice:")) expect(line).toBe(`${index + 1}. ${action}`);
        else
          expect(
            notes.find((note) => note.startsWith(`[${number}] https://`)),
            action,
          ).toBeDefined();
      }
      expect(text).not.toMatch(/^ *Sources?: /m);
      expect(lines).toContain("Your documents");
      expect(text).toContain(`[x] ${ticked}`);
      for (const item of unticked) expect(text).toContain(`[ ] ${item}`);
      expect(text).toContain(messageIn("es", "staffCard.title"));
      expect(text).toContain(messageIn("es", "staffCard.request"));
      expect(text).toContain(`(${messageIn("en", "staffCard.request")})`);
    },
    pathTimeoutMs,
  );

  test(
    "Download the plan saves the file in the user's language: Chinese",
    async () => {
      const { page } = await openFreshTab("zh");
      await resumeAtSummary(page, "zh", storePath);
      const { plan, documents } = await summaryOnScreen(page);

      const { fileName, text } = await downloadThePlan(page, "zh");

      expect(fileName).toBe("adios-chip-plan-claro-987654321.txt");
      expect(text.split("\n")[0]).toBe(`${messageIn("zh", "app.name")}: ${messageIn("zh", "summary.title")}`);
      expect(text.split("\n")).toContain(messageIn("zh", "summary.planTitle"));
      plan.forEach((action, index) => {
        expect(text).toContain(`${index + 1}. ${action}`);
      });
      expect(text.split("\n")).toContain(messageIn("zh", "summary.documentsTitle"));
      for (const item of documents) expect(text).toContain(`[ ] ${item}`);
      expect(text).not.toContain(messageIn("en", "summary.planTitle"));
    },
    pathTimeoutMs,
  );
});
