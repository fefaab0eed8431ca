import type { Page } from "playwright-core";
import { describe, expect, inject, test } from "vitest";
import { reloadApp, sharedBrowser } from "./support/browser.ts";
import { resumeAtSummary } from "./support/resumedAtSummary.ts";
import { mainHeading, messageIn, wholePaths } from "./support/wholePaths.ts";
import { downloadWith } from "./support/wizardPage.ts";

const browser = sharedBrowser();
const path = wholePaths["prepaid Claro line, passport, in a store"];
const pathTimeoutMs = 60_000;

/** Noon in Lima on that day: the browser's clock, from which the app reads "today". */
const setLimaDay = (page: Page, day: string) => page.clock.setFixedTime(new Date(`${day}T17:00:00Z`));

const headingIs = (page: Page, text: string) => expect.poll(() => mainHeading(page)).toBe(text);

describe("after the request", () => {
  test(
    "a request on 22 July 2026 is due on the 24th; the reminder lands on it; from then on the app asks, and the way up carries the code",
    async () => {
      const { page } = await browser.openFresh("/?lang=en");
      await setLimaDay(page, "2026-07-22");
      await resumeAtSummary(page, "en", path);

      await page.getByRole("button", { name: "I have made the request", exact: true }).click();
      await headingIs(page, "Record your request");
      expect(await page.getByLabel("The day you made the request").inputValue()).toBe("2026-07-22");
      await page.getByLabel("The code they gave you (optional)").fill("CL-2026-0042");
      await page.getByRole("button", { name: "Continue", exact: true }).click();
      await headingIs(page, "When the line must be gone");
      await expect.poll(() => page.locator("main").textContent()).toContain("by July 24, 2026.");

      const reminder = await downloadWith(page, "Download a calendar reminder (.ics)");
      expect(reminder.fileName).toBe("adios-chip-reminder-claro-987654321.ics");
      // At 09:00 on the due day, and on the last day the earlier rule would give, each with its alarm.
      expect(reminder.text).toContain("\r\nDTSTART:20260724T090000\r\n");
      expect(reminder.text).toContain("\r\nDTSTART:20260803T090000\r\n");
      expect(reminder.text.match(/BEGIN:VALARM/g)).toHaveLength(2);
      expect(reminder.text).toContain(`\r\nURL:${inject("baseUrl")}/en/\r\n`);
      expect(reminder.text.replace(/\r\n[ \t]/g, "")).toContain("CL-2026-0042");

      // Days later, the phone is opened again.
      await setLimaDay(page, "2026-07-27");
      await page.goto(page.url().replace(/#.*$/, ""));
      await reloadApp(page);
      await page.getByRole("button", { name: "Resume", exact: true }).click();
      await headingIs(page, "Is the line gone?");
      await page.getByRole("radio", { name: "No, the line still works", exact: true }).check();
      await page.getByRole("button", { name: "Continue", exact: true }).click();
      await headingIs(page, "If the carrier does not act");
      const wayUp = (await page.locator("main").textContent()) ?? "";
      expect(wayUp).toContain("your cancellation request, code CL-2026-0042, was not carried out");
      expect(wayUp).toContain("Give the code of your request: CL-2026-0042");

      // The browser's own Back button goes back one page.
      await page.goBack();
      await headingIs(page, "Is the line gone?");
    },
    pathTimeoutMs,
  );

  test(
    "in Spanish, the due date reads as a Spanish date, and the names typed for the letters never reach the address bar",
    async () => {
      const { page } = await browser.openFresh("/?lang=es");
      await setLimaDay(page, "2026-12-07");
      await resumeAtSummary(page, "es", path);
      await page
        .getByRole("button", { name: messageIn("es", "afterTheRequest.record"), exact: true })
        .click();
      await headingIs(page, messageIn("es", "requestMade.title"));
      await page.getByRole("button", { name: messageIn("es", "common.continue"), exact: true }).click();
      await headingIs(page, messageIn("es", "dueDate.title"));
      // 8 and 9 December are holidays: a request on Monday the 7th is due on Thursday the 10th.
      await expect.poll(() => page.locator("main").textContent()).toContain("10 de diciembre de 2026");

      await page.getByRole("button", { name: messageIn("es", "dueDate.letters"), exact: true }).click();
      await headingIs(page, messageIn("es", "letters.title"));
      await page.getByLabel(messageIn("es", "letters.details.ownName")).fill("Ana Quispe Mamani");
      await page.getByLabel(messageIn("es", "letters.details.ownDocumentNumber")).fill("45678912");
      await page.getByRole("button", { name: messageIn("es", "letters.details.save"), exact: true }).click();
      await expect.poll(() => page.locator("main").textContent()).toContain("45678912");
      expect(page.url()).not.toMatch(/Quispe|45678912/);
    },
    pathTimeoutMs,
  );
});
