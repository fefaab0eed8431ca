import type { Page } from "playwright-core";
import type { Locale } from "../../../src/i18n/locales.ts";
import type { MessageId } from "../../../src/i18n/useText.ts";
import { messageIn } from "./wholePaths.ts";

/** What the page shows, one line per block, as a person reads it (hidden text left out). */
// biome-ignore lint/performance/useDomNodeTextContent: the rendered text, line by line, is what is being checked.
export const mainText = (page: Page) => page.locator("main").innerText();

/** What goes on paper: the page's text under the print stylesheet. */
export async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: "print" });
  try {
    // biome-ignore lint/performance/useDomNodeTextContent: only the rendered text leaves out what print hides.
    return await page.locator("body").innerText();
  } finally {
    await page.emulateMedia({ media: null });
  }
}

/**
 * Words of a message that are the same whatever fills its placeholders: those before the first, or else after the
 * last. Never so few that any page would contain them.
 */
export function wordsOf(locale: Locale, id: MessageId): string {
  const message = messageIn(locale, id);
  const firstPlaceholder = message.indexOf("{");
  const before = firstPlaceholder < 0 ? message : message.slice(0, firstPlaceholder);
  const words = before.length >= 6 ? before : message.slice(message.lastIndexOf("}") + 1);
  if (words.trim().length < 6)
    throw new Error(`${locale} ${id} has too few fixed words to look for: "${words}"`);
  return words;
}
