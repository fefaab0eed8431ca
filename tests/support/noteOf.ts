/** The note a statement's number leads to in the page's list of sources; a statement without one fails the test. */
export function noteOf(statement: Element | undefined): HTMLElement {
  if (!statement) throw new Error("No statement to find the note of");
  const number = Number(statement.querySelector(".note-marker")?.textContent?.match(/\d+/)?.[0]);
  const note = statement.ownerDocument.querySelectorAll<HTMLElement>(".notes ol > li")[number - 1];
  if (!note) throw new Error(`No note in the page's sources for: ${statement.textContent}`);
  return note;
}
