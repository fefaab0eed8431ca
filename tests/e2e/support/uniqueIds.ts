import type { Page } from "playwright-core";

/**
 * Ids used more than once in the document, the pages hidden beside the one shown included: a label, an error or a
 * section's name pointing at an id finds the first element that has it, which may be on another page.
 */
export const repeatedIds = (page: Page, where: string): Promise<string[]> =>
  page.evaluate((where) => {
    const counts = new Map<string, number>();
    for (const element of document.querySelectorAll("[id]"))
      counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
    return [...counts]
      .filter(([, count]) => count > 1)
      .map(([id, count]) => `${where}: id "${id}" ${count} times`);
  }, where);
