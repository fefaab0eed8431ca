import { expect, test } from "vitest";
import { sharedBrowser } from "./support/browser.ts";
import { keyboardUser } from "./support/keyboardUser.ts";
import { type PathStep, wholePaths } from "./support/wholePaths.ts";

/**
 * On a page that informs, the most Tab presses from its heading to Continue: its own links, numbers and ticks, and
 * none of its sources, which are listed after Continue.
 */
const maxTabsToContinue = 10;

const browser = sharedBrowser();

/** The Claro path with the first option of every question, which Tab alone reaches in each radio group. */
const firstOptions: Partial<Record<string, string>> = { identityDocument: "dni", receivesSms: "yes" };
const firstOptionsEverywhere = wholePaths["prepaid Claro line, passport, in a store"].map((step) => {
  const first = "choose" in step && step.question ? firstOptions[step.question] : undefined;
  return first ? { ...step, choose: first } : step;
});

/** Walks a path from the welcome page with the keyboard alone, checking the focus on every page. */
async function walkWithKeyboard(path: readonly PathStep[]) {
  const { page } = await browser.openFresh("/?lang=en");
  const user = keyboardUser(page, "en");
  await user.walk(path);
  expect(user.unseenFocus, "controls focused without a visible indicator").toEqual([]);
  for (const [heading, presses] of user.tabsToContinue)
    expect(presses, `Tab presses to Continue on "${heading}"`).toBeLessThanOrEqual(maxTabsToContinue);
  return user;
}

test("a whole path with Tab, Space and Enter alone: focus always shows and lands on each new heading", async () => {
  const { keysPressed } = await walkWithKeyboard(firstOptionsEverywhere);
  expect([...keysPressed].sort()).toEqual(["Enter", "Space", "Tab"]);
});

test("a whole path that needs other options, with the arrow keys of a radio group as well", async () => {
  const { keysPressed } = await walkWithKeyboard(wholePaths["prepaid Claro line, passport, in a store"]);
  expect(keysPressed).toContain("ArrowDown");
});
