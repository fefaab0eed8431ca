import { onFirstInteraction } from "./firstInteraction.ts";

/** Marks <html> once the visitor has touched the page or pressed a key. */
const interacted = "interacted";
/** Marks <html> once the app has taken the page over. */
const appRunning = "appRunning";
/** Marks the button pressed before that. */
const pressedEarly = "data-pressed-early";

/**
 * Until the app has taken the prerendered page over, a press on one of its buttons is held back, to be pressed again
 * once it has: the button does nothing before then. Set up by the head's script, before anyone can press anything,
 * which also notes the first interaction for the app's script, which may arrive after it.
 */
export function holdEarlyPresses(): void {
  onFirstInteraction(() => {
    document.documentElement.dataset[interacted] = "";
  });
  const hold = (event: MouseEvent) => {
    if (document.documentElement.dataset[appRunning] !== undefined) {
      document.removeEventListener("click", hold, true);
      return;
    }
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    if (!button) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    for (const held of document.querySelectorAll(`[${pressedEarly}]`)) held.removeAttribute(pressedEarly);
    button.setAttribute(pressedEarly, "");
  };
  document.addEventListener("click", hold, true);
}

/** Whether the visitor has touched the page or pressed a key already. */
export const hasInteracted = () => document.documentElement.dataset[interacted] !== undefined;

/** The app could not be downloaded: the press held for it is dropped, rather than made later out of the blue. */
export function dropEarlyPress(): void {
  document.querySelector(`[${pressedEarly}]`)?.removeAttribute(pressedEarly);
}

/** The app has taken the page over: presses go through from now on, and the one held back is pressed again. */
export function releaseEarlyPresses(): void {
  document.documentElement.dataset[appRunning] = "";
  const held = document.querySelector<HTMLElement>(`[${pressedEarly}]`);
  held?.removeAttribute(pressedEarly);
  held?.click();
}
