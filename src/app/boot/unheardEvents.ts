/**
 * Events React listens for at its root that feed only props no component here uses: the pointer crossing an element
 * (onMouseEnter, onPointerLeave…), moving, pressing and releasing (onMouseDown, onTouchStart…), focus moving (onFocus,
 * onBlur) and keys going down and up (onKeyDown). What the app does use comes from other events: click, submit, input
 * and change.
 */
export const unheardEvents = [
  "pointerover",
  "pointerout",
  "mouseover",
  "mouseout",
  "pointermove",
  "mousemove",
  "touchmove",
  "pointerdown",
  "pointerup",
  "mousedown",
  "mouseup",
  "touchstart",
  "touchend",
  "focusin",
  "focusout",
  "keydown",
  "keyup",
] as const;

/**
 * Stops these events before React's root hears them. React handles each one there even where no component listens,
 * and a tap on Continue fires a dozen of them before its click (a mouse's moves and press, a finger's touches, the
 * focus leaving the answer for the button), as a step that replaces the page under a resting mouse fires a burst of
 * boundary events. With the CPU 4× slower, handling them came to a few milliseconds of each step change. What the
 * browser does with them (focus, :hover and :active, the click that follows) does not depend on who hears them.
 * tests/app/boot/unheardEvents.dom.test.ts checks that no component listens for them.
 */
export function keepUnheardEventsFromReact(target: EventTarget = window): void {
  for (const type of unheardEvents)
    target.addEventListener(type, (event) => event.stopPropagation(), { capture: true });
}
