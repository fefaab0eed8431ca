import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core tags them. */
const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** axe's findings on the page as it is now, one line per rule broken, naming the page and the elements. */
export async function violationsOn(page: Page, where: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of finishing each run in a new tab: three times faster, and
  // the app has no frames, which is what the other mode is for.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).withTags(wcagTags).analyze();
  return violations.map(
    (violation) =>
      `${where}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(" "))
        .join(", ")}`,
  );
}
