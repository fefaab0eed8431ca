import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { Locale } from "../../../src/i18n/locales.ts";
import { mainHeading, messageIn, type PathStep, waitForNewPage } from "./wholePaths.ts";

/** How many Tab presses may separate two controls on one page before the walk gives up. */
const maxTabsToReach = 60;

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

const isButton = (label: string) => (element: Focused) => element.tag === "BUTTON" && element.text === label;

/**
 * A person on `page` with the keyboard alone, in `locale`: Tab to a field, Space or the arrows to pick, Enter on
 * Continue. It notes every key pressed, every control the focus rested on without a visible indicator, and the Tab
 * presses each page that informs takes to reach Continue.
 */
export function keyboardUser(page: Page, locale: Locale) {
  /** Every control the focus rested on without a visible indicator, as "<tag> text". */
  const unseenFocus: string[] = [];
  const keysPressed = new Set<string>();
  /** On each page that informs, by its heading: the Tab presses from the heading to Continue. */
  const tabsToContinue = new Map<string, number>();
  const continueLabel = messageIn(locale, "common.continue");

  async function press(key: string): Promise<Focused> {
    keysPressed.add(key);
    await page.keyboard.press(key);
    const now = await focused(page);
    if (!now.indicated) unseenFocus.push(`${now.tag} ${now.type ?? ""} ${now.value ?? now.text}`.trim());
    return now;
  }

  /** Presses Tab until the focus is on what is sought; gives it with the number of presses it took. */
  async function tabTo(
    what: string,
    isIt: (element: Focused) => boolean,
  ): Promise<Focused & { presses: number }> {
    for (let presses = 1; presses <= maxTabsToReach; presses += 1) {
      const now = await press("Tab");
      if (isIt(now)) return { ...now, presses };
    }
    throw new Error(`${maxTabsToReach} presses of Tab did not reach ${what} on "${await mainHeading(page)}"`);
  }

  /** Enter on a button that changes the page: the focus passes through the body until the new heading takes it. */
  const leaveWithEnter = () => {
    keysPressed.add("Enter");
    return page.keyboard.press("Enter");
  };

  async function answer(step: PathStep): Promise<void> {
    if ("choose" in step) {
      let radio: Focused = await tabTo("the options", (element) => element.type === "radio");
      for (let moves = 0; radio.value !== step.choose && moves < maxTabsToReach; moves += 1) {
        radio = await press("ArrowDown");
      }
      if (!radio.checked) radio = await press("Space");
      expect(radio).toMatchObject({ value: step.choose, checked: true });
    } else if ("type" in step) {
      await tabTo(
        "the text field",
        (element) => element.tag === "INPUT" && ["text", "date"].includes(element.type ?? ""),
      );
      await page.keyboard.type(step.type);
    }
    const { presses } = await tabTo("Continue", isButton(continueLabel));
    if ("read" in step) tabsToContinue.set(await mainHeading(page), presses);
    await leaveWithEnter();
  }

  /** Walks a path from the welcome page to the summary, checking that the focus lands on every new heading. */
  async function walk(path: readonly PathStep[]): Promise<void> {
    let heading = await mainHeading(page);
    await tabTo("Start", isButton(messageIn(locale, "welcome.start")));
    await leaveWithEnter();
    for (const step of [...path, null]) {
      heading = await waitForNewPage(page, heading);
      // Focus moves to the heading right after the new page has painted.
      await expect
        .poll(() => focused(page), { message: `focus after moving to "${heading}"` })
        .toMatchObject({ tag: "H1", text: heading, indicated: true });
      if (step) await answer(step);
    }
    expect(heading).toBe(messageIn(locale, "summary.title"));
  }

  return { walk, unseenFocus, keysPressed, tabsToContinue };
}
