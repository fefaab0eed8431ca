/**
 * What a page tells the user that rests on nothing: each paragraph, list item or hint that is neither a statement
 * of fact with a source link, nor our advice with its mark, nor words about the app itself. Self-contained (no
 * imports, no outside names), so that a browser test can run it in the page as well.
 */
export function unsourcedStatements(root: ParentNode): string[] {
  // What is not a statement: the card the user shows (their own words), errors, notices and status messages, the
  // answers given, and the tools to keep or move the session.
  const notStatements = [
    ".staff-card",
    ".error-summary",
    ".error-message",
    ".notice",
    "[role='status']",
    ".summary-list",
    ".progress",
    "nav",
    "section[aria-labelledby='session-tools-title']",
  ].join(", ");
  const problems: string[] = [];
  const describe = (element: Element) => (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 90);
  for (const statement of root.querySelectorAll<HTMLElement>("[data-basis]")) {
    const basis = statement.dataset.basis;
    if (basis === "facts" && !statement.querySelector(".fact-source a[href^='https://']"))
      problems.push(`a fact without a source link: ${describe(statement)}`);
    if (basis === "advice" && !statement.querySelector(".advice-mark"))
      problems.push(`advice without its mark: ${describe(statement)}`);
    if (basis !== "facts" && basis !== "advice" && basis !== "app")
      problems.push(`an unknown basis ${basis}: ${describe(statement)}`);
  }
  for (const element of root.querySelectorAll("p, li, .hint")) {
    if (element.closest("[data-basis]") || element.querySelector("[data-basis]")) continue;
    if (element.closest(notStatements) || element.classList.contains("fact-source")) continue;
    const words = describe(element);
    const onlyALink = element.children.length === 1 && element.firstElementChild?.tagName === "A";
    if (words === "" || (onlyALink && describe(element.firstElementChild as Element) === words)) continue;
    problems.push(`no fact and no advice mark: ${words}`);
  }
  return problems;
}
