import type { Locator } from "playwright-core";
import { describe, expect, test } from "vitest";
import type { Locale } from "../../src/i18n/locales.ts";
import { sharedBrowser } from "./support/browser.ts";
import { messageIn, walkPath, wholePaths } from "./support/wholePaths.ts";

/** An identity document's label as a store visit shows it: the select on `inPerson` resolved to "yes". */
const inPerson = (label: string) => label.replace(/\{inPerson, select, yes \{([^}]*)\} other \{\}\}/, "$1");

const pathTimeoutMs = 60_000;
/** The path types "987 654 321" on the line-number page and chooses the store. */
const storePath = wholePaths["prepaid Claro line, passport, in a store"];
const typedLineNumber = "987654321";

const browser = sharedBrowser();

/** WCAG relative luminance of a computed `rgb(r, g, b)` colour. */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The size and colour of the card's Spanish title and lines. */
const spanishTextStyles = (card: Locator) =>
  card.locator("h2, .spanish-line__spanish").evaluateAll((elements) =>
    elements.map((element) => {
      const style = getComputedStyle(element);
      return { fontSizePx: Number.parseFloat(style.fontSize), color: style.color };
    }),
  );

async function expectSpanishCard(card: Locator, locale: Locale) {
  await card.waitFor({ state: "visible" });
  expect(await card.getAttribute("lang")).toBe("es-PE");
  const text = (await card.textContent()) ?? "";
  expect(text).toContain(messageIn("es", "staffCard.request"));
  expect(text).toContain(messageIn("es", "staffCard.line").replace("{number}", typedLineNumber));
  expect(text).toContain(messageIn("es", "staffCard.proof"));
  expect(text).toContain(
    `${messageIn("es", "staffCard.bring")} ${inPerson(messageIn("es", "documents.item.passport"))}`,
  );

  const ownLanguageLines = card.locator(`p:not([lang="es-PE"])`);
  if (locale === "es") expect(await ownLanguageLines.count()).toBe(0);
  else expect(await ownLanguageLines.allTextContents()).toContain(messageIn(locale, "staffCard.request"));

  const styles = await spanishTextStyles(card);
  expect(styles.length).toBeGreaterThanOrEqual(4);
  for (const { fontSizePx, color } of styles) {
    expect(fontSizePx).toBeGreaterThanOrEqual(24);
    expect((1 + 0.05) / (luminance(color) + 0.05), `contrast of ${color} on white`).toBeGreaterThanOrEqual(7);
  }
}

// Chinese stands for every language shown under the Spanish (the same component, other words); Spanish has none.
describe.each(["zh", "es"] as const)("the staff card, for a user reading %s", (locale) => {
  test(
    "is in Spanish, in large dark type, with the line number typed earlier, at the store and on the summary",
    async () => {
      const { page } = await browser.openFresh(`/?lang=${locale}`);
      const card = page.getByRole("region", { name: messageIn("es", "staffCard.title") });
      let cardsChecked = 0;
      await walkPath(page, locale, storePath, async (heading) => {
        if (heading !== messageIn(locale, "atStore.title")) return;
        await expectSpanishCard(card, locale);
        cardsChecked += 1;
      });
      await expectSpanishCard(card, locale);
      expect(cardsChecked).toBe(1);
    },
    pathTimeoutMs,
  );
});
