import type { Page } from "playwright-core";

/** Buttons and links that stand alone, smaller than 24 by 24 pixels (WCAG 2.2, 2.5.8), named with the page. */
export async function smallTargets(page: Page, where: string): Promise<string[]> {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("button, .summary-list__actions a, .language-switch a, .back-link")]
      .filter((target) => target.checkVisibility({ visibilityProperty: true }))
      .map((target) => ({ name: target.textContent?.trim(), box: target.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 24 || box.height < 24)
      .map(({ name, box }) => `${name} ${box.width}×${box.height}`),
  );
  return small.map((target) => `"${where}": ${target}`);
}
