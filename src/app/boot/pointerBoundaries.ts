/** The boundary events React listens for at its root: it builds its onMouseEnter and onPointerLeave from them. */
export const boundaryEvents = ["pointerover", "pointerout", "mouseover", "mouseout"] as const;

/**
 * Stops the pointer's boundary events before React's root hears them. React handles each one there even where no
 * component listens, and a step that replaces the page under a resting mouse makes the browser fire a burst of them:
 * handling them took about a tenth of a step change with the CPU 4× slower. No component here listens for them
 * (tests/app/boot/pointerBoundaries.dom.test.ts says so); CSS :hover does not depend on them.
 */
export function keepBoundaryEventsFromReact(target: EventTarget = window): void {
  for (const type of boundaryEvents)
    target.addEventListener(type, (event) => event.stopPropagation(), { capture: true });
}
