import type { Page } from "playwright-core";
import { expect } from "vitest";
import { createActor } from "xstate";
import { sessionContent, toSavedSession } from "../../../src/app/session/savedSession.ts";
import { firstLines } from "../../../src/app/session/sessionLines.ts";
import { sessionKey } from "../../../src/app/session/storageKeys.ts";
import { dayInLima } from "../../../src/flow/limaDate.ts";
import { stepOf, type WizardEvent, wizardMachine } from "../../../src/flow/wizardMachine.ts";
import type { Locale } from "../../../src/i18n/locales.ts";
import { reloadApp } from "./browser.ts";
import { mainHeading, messageIn, type PathStep } from "./wholePaths.ts";

/** What the page of each step of a path sends the wizard when its Continue is pressed. */
const eventOf = (step: PathStep): WizardEvent => {
  const today = dayInLima(new Date());
  if ("choose" in step) return { type: "ANSWER", value: step.choose, today };
  if ("type" in step) return { type: "ANSWER", value: step.type, today };
  if ("stated" in step) return { type: "ANSWER", value: step.answer, today };
  return { type: "NEXT" };
};

/** The session the app saves for someone who has walked this path to the summary, on their first and only line. */
export function savedAtSummary(locale: Locale, path: readonly PathStep[]): string {
  const wizard = createActor(wizardMachine, { input: {} }).start();
  wizard.send({ type: "START" });
  for (const step of path) wizard.send(eventOf(step));
  const snapshot = wizard.getSnapshot();
  expect(stepOf(snapshot)).toBe("summary");
  return JSON.stringify(toSavedSession(sessionContent(firstLines, "summary", snapshot.context, locale), 1));
}

/**
 * Opens the summary of this path as someone coming back to it days later: their session is on the device, and they
 * press Resume. For the tests of what follows the plan, walking the path again would only repeat the path tests.
 */
export async function resumeAtSummary(page: Page, locale: Locale, path: readonly PathStep[]): Promise<void> {
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: sessionKey,
    value: savedAtSummary(locale, path),
  });
  await reloadApp(page);
  await page.getByRole("button", { name: messageIn(locale, "welcome.resume"), exact: true }).click();
  await expect.poll(() => mainHeading(page)).toBe(messageIn(locale, "summary.title"));
}
