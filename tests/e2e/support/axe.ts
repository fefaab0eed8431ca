import axe, { type Result } from "axe-core";
import type { Page } from "playwright-core";
import { wcagTags } from "../../support/wcagTags.ts";

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

/**
 * axe's findings on the page as it is now, one line per rule broken, naming the page and the elements. axe is put
 * into the document once and stays there while the app moves between its steps: putting it in again before each
 * check took seven times as long as the check itself.
 */
export async function violationsOn(page: Page, where: string): Promise<string[]> {
  // Evaluated through the browser's debugging protocol, which the page's Content-Security-Policy does not govern.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const violations: Result[] = await page.evaluate(async (tags) => {
    if (!window.axe) throw new Error("axe-core did not load into the page");
    const results = await window.axe.run(document, {
      runOnly: { type: "tag", values: tags },
      resultTypes: ["violations"],
    });
    return results.violations;
  }, wcagTags);
  return violations.map(
    (violation) =>
      `${where}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes
        .map((node) => node.target.join(" "))
        .join(", ")}`,
  );
}
