/**
 * What a page tells the user that rests on nothing: each paragraph, list item or hint that is not inside a
 * statement of fact, our advice or words about the app itself, and each statement of fact whose number leads to no
 * note with a source in the page's list. Self-contained (no imports, no outside names), so that a browser test can
 * run it in the page as well.
 */
export function unsourcedStatements(root: ParentNode): string[] {
  // What is not a statement: the card the user shows (their own words), errors, notices and status messages, the
  // answers given, the tools to keep or move the session, the person's lines, and the notes that source the statements.
  const notStatements = [
    ".notes",
    ".staff-card",
    ".error-summary",
    ".error-message",
    ".notice",
    "[role='status']",
    ".summary-list",
    ".progress",
    "nav",
    "section[aria-labelledby='session-tools-title']",
    "section[aria-labelledby='your-lines-title']",
  ].join(", ");
  const problems: string[] = [];
  const describe = (element: Element) => (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 90);
  // A <Statement> shows its note's number or its advice mark by construction (its type asks for at least one fact):
  // what can go wrong is a paragraph outside one, a basis written by hand, or a number the page's list lacks.
  const notes = [...root.querySelectorAll(".notes ol > li")];
  for (const statement of root.querySelectorAll<HTMLElement>("[data-basis]")) {
    const basis = statement.dataset.basis;
    if (basis !== "facts" && basis !== "advice" && basis !== "notInSources" && basis !== "app")
      problems.push(`an unknown basis ${basis}: ${describe(statement)}`);
    if (basis !== "facts") continue;
    const number = Number(statement.querySelector(".note-marker")?.textContent?.match(/\d+/)?.[0]);
    if (!notes[number - 1]?.querySelector("a[href^='https://']"))
      problems.push(`a fact with no note in the page's sources: ${describe(statement)}`);
  }
  for (const element of root.querySelectorAll("p, li, .hint")) {
    if (element.closest("[data-basis]") || element.querySelector("[data-basis]")) continue;
    if (element.closest(notStatements)) continue;
    const words = describe(element);
    const onlyALink = element.children.length === 1 && element.firstElementChild?.tagName === "A";
    if (words === "" || (onlyALink && describe(element.firstElementChild as Element) === words)) continue;
    problems.push(`no fact and no advice mark: ${words}`);
  }
  return problems;
}
