import { describe, expect, test } from "vitest";
import { locales } from "../../src/i18n/locales.ts";
import type { MessageId } from "../../src/i18n/useText.ts";
import { violationsOn } from "./support/axe.ts";
import { sharedBrowser } from "./support/browser.ts";
import { problemsOn } from "./support/everyPageChecked.ts";
import { resumeAtSummary } from "./support/resumedAtSummary.ts";
import { continueButton, mainHeading, messageIn, wholePaths } from "./support/wholePaths.ts";

const pathTimeoutMs = 90_000;

const browser = sharedBrowser();

describe.each(locales)("after the request, in %s", (locale) => {
  test(
    "axe finds no violation and every target is large enough, on each page and on the errors",
    async () => {
      const { page } = await browser.openFresh(`/?lang=${locale}`);
      await page.clock.setFixedTime(new Date("2026-07-22T17:00:00Z"));
      await resumeAtSummary(page, locale, wholePaths["prepaid Claro line, passport, in a store"]);
      const problems: string[] = [];
      const check = async (heading: string) => {
        await expect.poll(() => mainHeading(page)).toBe(messageIn(locale, heading as MessageId));
        problems.push(...(await problemsOn(page, heading)));
      };
      const press = (id: MessageId) =>
        page.getByRole("button", { name: messageIn(locale, id), exact: true }).click();

      await press("afterTheRequest.record");
      await check("requestMade.title");
      await page.getByLabel(messageIn(locale, "requestMade.date")).fill("2026-08-01");
      await continueButton(page, locale).click();
      await page.getByRole("heading", { name: messageIn(locale, "common.errorSummaryTitle") }).waitFor();
      problems.push(...(await violationsOn(page, "requestMade, with an error")));
      await page.getByLabel(messageIn(locale, "requestMade.date")).fill("2026-07-22");
      await continueButton(page, locale).click();
      await check("dueDate.title");
      await press("dueDate.letters");
      await check("letters.title");
      // The due date comes while the user reads the letters.
      await page.clock.setFixedTime(new Date("2026-07-24T17:00:00Z"));
      await page.goBack();
      await check("dueDate.title");
      await press("dueDate.checkNow");
      await check("checkIn.title");
      await page
        .getByRole("radio", { name: messageIn(locale, "checkIn.option.stillWorking"), exact: true })
        .check();
      await continueButton(page, locale).click();
      await check("wayUp.title");
      await page.getByLabel(messageIn(locale, "escalation.answerDate")).fill("2026-07-23");
      await press("escalation.save");
      await page.getByRole("heading", { name: messageIn(locale, "common.errorSummaryTitle") }).waitFor();
      problems.push(...(await violationsOn(page, "wayUp, with an error")));
      await page.goBack();
      await check("checkIn.title");
      await page.getByRole("radio", { name: messageIn(locale, "checkIn.option.gone"), exact: true }).check();
      await continueButton(page, locale).click();
      await check("lineGone.title");
      expect(problems).toEqual([]);
    },
    pathTimeoutMs,
  );
});
