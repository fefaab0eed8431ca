/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core tags them: what the component and browser checks run. */
export const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
