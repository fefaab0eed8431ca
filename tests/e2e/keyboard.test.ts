import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { sharedBrowser } from "./support/browser.ts";
import { mainHeading, messageIn, type PathStep, waitForNewPage, wholePaths } from "./support/wholePaths.ts";

/** How many Tab presses may separate two controls on one page before the test gives up. */
const maxTabsToReach = 60;

/**
 * On a page that informs, the most Tab presses from its heading to Continue: its own links, numbers and ticks, and
 * none of its sources, which are listed after Continue.
 */
const maxTabsToContinue = 10;

const browser = sharedBrowser();

type Focused = {
  tag: string;
  type: string | null;
  value: string | null;
  checked: boolean;
  text: string;
  /** The focus indicator the page draws: an outline or a box shadow. */
  indicated: boolean;
};

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) {
      return { tag: "BODY", type: null, value: null, checked: false, text: "", indicated: false };
    }
    const style = getComputedStyle(element);
    const input = element instanceof HTMLInputElement ? element : null;
    return {
      tag: element.tagName,
      type: input?.type ?? null,
      value: input?.value ?? null,
      checked: input?.checked ?? false,
      text: (element.textContent ?? "").trim(),
      indicated:
        (style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== "none",
    };
  });

/** Every control the focus rested on without a visible indicator, as "<tag> text". */
const unseenFocus: string[] = [];
/** Every key pressed on the current path. */
const keysPressed = new Set<string>();

async function press(page: Page, key: string): Promise<Focused> {
  keysPressed.add(key);
  await page.keyboard.press(key);
  const now = await focused(page);
  if (!now.indicated) unseenFocus.push(`${now.tag} ${now.type ?? ""} ${now.value ?? now.text}`.trim());
  return now;
}

/** Presses Tab until the focus is on what is sought; gives it with the number of presses it took. */
async function tabTo(
  page: Page,
  what: string,
  isIt: (element: Focused) => boolean,
): Promise<Focused & { presses: number }> {
  for (let presses = 1; presses <= maxTabsToReach; presses += 1) {
    const now = await press(page, "Tab");
    if (isIt(now)) return { ...now, presses };
  }
  throw new Error(`${maxTabsToReach} presses of Tab did not reach ${what} on "${await mainHeading(page)}"`);
}

const isButton = (label: string) => (element: Focused) => element.tag === "BUTTON" && element.text === label;
const continueLabel = messageIn("en", "common.continue");

/** Answers one page with the keyboard alone: Tab to the field, Space or arrows to pick, Enter on Continue. */
async function answerWithKeyboard(page: Page, step: PathStep): Promise<void> {
  if ("choose" in step) {
    let radio: Focused = await tabTo(page, "the options", (element) => element.type === "radio");
    for (let moves = 0; radio.value !== step.choose && moves < maxTabsToReach; moves += 1) {
      radio = await press(page, "ArrowDown");
    }
    if (!radio.checked) radio = await press(page, "Space");
    expect(radio).toMatchObject({ value: step.choose, checked: true });
  } else if ("type" in step) {
    await tabTo(
      page,
      "the text field",
      (element) => element.tag === "INPUT" && ["text", "date"].includes(element.type ?? ""),
    );
    await page.keyboard.type(step.type);
  }
  const { presses } = await tabTo(page, "Continue", isButton(continueLabel));
  if ("read" in step) {
    expect(presses, `Tab presses to Continue on "${await mainHeading(page)}"`).toBeLessThanOrEqual(
      maxTabsToContinue,
    );
  }
  await leaveWithEnter(page);
}

/** Enter on a button that changes the page: the focus passes through the body until the new heading takes it. */
const leaveWithEnter = (page: Page) => {
  keysPressed.add("Enter");
  return page.keyboard.press("Enter");
};

/** The Claro path with the first option of every question, which Tab alone reaches in each radio group. */
const firstOptions: Partial<Record<string, string>> = { identityDocument: "dni", receivesSms: "yes" };
const firstOptionsEverywhere = wholePaths["prepaid Claro line, passport, in a store"].map((step) => {
  const first = "choose" in step && step.question ? firstOptions[step.question] : undefined;
  return first ? { ...step, choose: first } : step;
});

/** Walks a path from the welcome page with the keyboard alone, checking the focus on every page. */
async function walkWithKeyboard(path: readonly PathStep[]): Promise<void> {
  const { page } = await browser.openFresh("/?lang=en");
  unseenFocus.length = 0;
  keysPressed.clear();
  let heading = await mainHeading(page);

  await tabTo(page, "Start", isButton(messageIn("en", "welcome.start")));
  await leaveWithEnter(page);
  for (const step of [...path, null]) {
    heading = await waitForNewPage(page, heading);
    // Focus moves to the heading right after the new page has painted.
    await expect
      .poll(() => focused(page), { message: `focus after moving to "${heading}"` })
      .toMatchObject({ tag: "H1", text: heading, indicated: true });
    if (step) await answerWithKeyboard(page, step);
  }

  expect(heading).toBe(messageIn("en", "summary.title"));
  expect(unseenFocus, "controls focused without a visible indicator").toEqual([]);
}

test("a whole path with Tab, Space and Enter alone: focus always shows and lands on each new heading", async () => {
  await walkWithKeyboard(firstOptionsEverywhere);
  expect([...keysPressed].sort()).toEqual(["Enter", "Space", "Tab"]);
});

test("a whole path that needs other options, with the arrow keys of a radio group as well", async () => {
  await walkWithKeyboard(wholePaths["prepaid Claro line, passport, in a store"]);
  expect(keysPressed).toContain("ArrowDown");
});
