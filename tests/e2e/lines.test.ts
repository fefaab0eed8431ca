import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import type { Locale } from "../../src/i18n/locales.ts";
import twoLines from "../fixtures/session-v6-two-lines.json";
import { violationsOn } from "./support/axe.ts";
import { afterNextPaint, reloadApp, sharedBrowser } from "./support/browser.ts";
import { resumeAtSummary } from "./support/resumedAtSummary.ts";
import {
  continueButton,
  fillIn,
  mainHeading,
  messageIn,
  type PathStep,
  switchLanguage,
  waitForNewPage,
  wholePaths,
} from "./support/wholePaths.ts";
import { downloadWith } from "./support/wizardPage.ts";

const browser = sharedBrowser();
const claroPath = wholePaths["prepaid Claro line, passport, in a store"];
const movistarPath =
  wholePaths["stolen postpaid Movistar line in someone else's name, asked for by the user: only the store"];
const sessionKey = "adios-chip:session";
const pathTimeoutMs = 90_000;

const headingIs = (page: Page, text: string) => expect.poll(() => mainHeading(page)).toBe(text);

/** From the first question on, answers every page of the path as a person does, up to the plan. */
async function walkFromFirstQuestion(page: Page, locale: Locale, path: readonly PathStep[]) {
  let heading = await mainHeading(page);
  for (const step of path) {
    await fillIn(page, locale, step);
    await continueButton(page, locale).click();
    heading = await waitForNewPage(page, heading);
  }
  expect(heading).toBe(messageIn(locale, "summary.title"));
}

/** The welcome page's own address (no step in it), opened as someone coming back later does. */
async function openWelcome(page: Page) {
  const address = new URL(page.url());
  await page.goto(`${address.origin}${address.pathname}${address.search}`);
  await reloadApp(page);
}

/** The lines listed under "Your lines", each as its text reads. */
const listedLines = (page: Page, locale: Locale) =>
  page
    .getByRole("region", { name: messageIn(locale, "lines.title") })
    .getByRole("listitem")
    .allInnerTexts();

const storedLines = async (page: Page) => {
  await afterNextPaint(page);
  return (
    JSON.parse((await page.evaluate((key) => localStorage.getItem(key), sessionKey)) ?? "null")?.lines ?? []
  );
};

describe("several lines in one place", () => {
  test(
    "two lines planned, a request recorded on one: after a reload and a change of language both are there with the record; exported, deleted and imported, both come back",
    async () => {
      const { page } = await browser.openFresh("/?lang=en");
      await page.clock.setFixedTime(new Date("2026-12-07T17:00:00Z"));
      await resumeAtSummary(page, "en", claroPath);

      // The second line, planned from the first one's plan, without touching it.
      await page.getByRole("button", { name: "Plan another line", exact: true }).click();
      await headingIs(page, messageIn("en", "reason.title"));
      await walkFromFirstQuestion(page, "en", movistarPath);
      expect(await listedLines(page, "en")).toEqual([
        expect.stringMatching(/^Claro, 987654321\nStill planning: you stopped at “Your plan”\./),
        expect.stringMatching(/^Movistar \(line 2\) \(the plan on this page\)\n/),
      ]);

      // Its own file, named after it, with the other line and where it stands.
      const movistarPlan = await downloadWith(page, "Download the plan");
      expect(movistarPlan.fileName).toBe("adios-chip-plan-movistar.txt");
      expect(movistarPlan.text).toContain("Your lines\n==========\n\n- Claro, 987654321: Still planning");

      await page.getByRole("button", { name: "I have made the request", exact: true }).click();
      await headingIs(page, "Record your request");
      await page.getByLabel("The code they gave you (optional)").fill("MV-2026-0777");
      await continueButton(page, "en").click();
      await headingIs(page, "When the line must be gone");

      await reloadApp(page);
      await headingIs(page, "When the line must be gone");
      await switchLanguage(page, "Español");
      await openWelcome(page);
      expect(await listedLines(page, "es")).toEqual([
        expect.stringMatching(/^Claro, 987654321\nEn preparación: te quedaste en “Tu plan”\./),
        expect.stringMatching(
          /^Movistar \(línea 2\) \(la que abre “Continuar donde me quedé”\)\nBaja pedida el 7 de diciembre de 2026/,
        ),
      ]);

      // To another device: the file holds both lines; everything here is deleted; the file brings both back.
      await page
        .getByRole("button", { name: `${messageIn("es", "welcome.resume")} Claro, 987654321` })
        .click();
      await headingIs(page, messageIn("es", "summary.title"));
      const exported = await downloadWith(page, messageIn("es", "session.download"));
      const lines = JSON.parse(exported.text).lines;
      expect(lines).toHaveLength(2);
      expect(lines[1].followUp.request.code).toBe("MV-2026-0777");
      await page
        .getByRole("button", { name: messageIn("es", "session.delete.button"), exact: true })
        .first()
        .click();
      await page
        .getByRole("button", { name: messageIn("es", "session.delete.confirm"), exact: true })
        .click();
      await page.getByRole("button", { name: messageIn("es", "welcome.start"), exact: true }).waitFor();
      expect(await storedLines(page)).toEqual([]);

      await page.getByRole("button", { name: messageIn("es", "welcome.start"), exact: true }).click();
      await walkFromFirstQuestion(page, "es", claroPath);
      await page.getByLabel(messageIn("es", "session.import.label")).setInputFiles({
        name: exported.fileName,
        mimeType: "application/json",
        buffer: Buffer.from(exported.text),
      });
      await page
        .getByRole("button", { name: messageIn("es", "session.import.replace"), exact: true })
        .click();
      // Saved once the imported session has opened, in its own time.
      await expect.poll(() => storedLines(page)).toHaveLength(2);
      await openWelcome(page);
      // The Claro line was the one open when the file was made: Resume opens it now.
      expect(await listedLines(page, "es")).toEqual([
        expect.stringMatching(/^Claro, 987654321 \(la que abre “Continuar donde me quedé”\)\nEn preparación/),
        expect.stringMatching(/^Movistar \(línea 2\)\nBaja pedida el 7 de diciembre de 2026/),
      ]);
    },
    pathTimeoutMs,
  );

  test("no line goes without a question naming it: removed, it is kept aside and comes back; Start again asks first", async () => {
    const { page } = await browser.openFresh("/?lang=en");
    await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
      key: sessionKey,
      value: JSON.stringify(twoLines),
    });
    await reloadApp(page);
    expect(await listedLines(page, "en")).toHaveLength(2);
    const found = await violationsOn(page, "the lines on the welcome page");

    await page.getByRole("button", { name: "Plan another line", exact: true }).click();
    await headingIs(page, messageIn("en", "reason.title"));
    await expect.poll(() => storedLines(page)).toHaveLength(3);
    await openWelcome(page);

    await page.getByRole("button", { name: /^Remove Bitel/ }).click();
    const question = page.getByRole("heading", { name: "Remove Bitel (line 1) from your lines?" });
    await expect.poll(() => question.evaluate((element) => element === document.activeElement)).toBe(true);
    found.push(...(await violationsOn(page, "the question before removing a line")));
    await page.getByRole("button", { name: "Cancel", exact: true }).click();
    expect(await storedLines(page)).toHaveLength(3);

    await page.getByRole("button", { name: /^Remove Bitel/ }).click();
    await page.getByRole("button", { name: "Yes, remove it", exact: true }).click();
    await expect.poll(() => listedLines(page, "en")).toHaveLength(2);
    const setAside = page.getByRole("region", { name: "Plans you set aside" });
    await setAside.getByRole("button", { name: /^Bring back/ }).click();
    await headingIs(page, messageIn("en", "summary.title"));
    await expect.poll(async () => (await storedLines(page)).length).toBe(2);
    await openWelcome(page);
    // Back beside the Claro line; the line planned above, with nothing in it yet, gave way to it.
    expect(await listedLines(page, "en")).toEqual([
      expect.stringMatching(/^Claro, 987654321\n/),
      expect.stringMatching(/^Bitel \(line 2\) \(the one Resume opens\)\n/),
    ]);

    await page.getByRole("button", { name: "Start again", exact: true }).click();
    await page.getByText("Your 2 lines, with everything in them, are kept on this device").waitFor();
    await page.getByRole("button", { name: "Cancel", exact: true }).click();
    expect(await storedLines(page)).toHaveLength(2);
    expect(found).toEqual([]);
  });
});
