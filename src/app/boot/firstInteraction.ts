/** The first touch, click or key press: the visitor is about to need what the page has not run yet. */
const interactions = ["pointerdown", "keydown"] as const;

/** Runs `task` once, at the page's first interaction; returns a way to stop waiting. */
export function onFirstInteraction(task: () => void): () => void {
  const stopWaiting = () => {
    for (const type of interactions) window.removeEventListener(type, run, true);
  };
  const run = () => {
    stopWaiting();
    task();
  };
  for (const type of interactions) window.addEventListener(type, run, { capture: true, passive: true });
  return stopWaiting;
}
