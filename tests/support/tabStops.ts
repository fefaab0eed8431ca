import { screen } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";

/** Where Tab stops on the way from the page's heading (where each page puts focus) to `target`, in order. */
export async function tabStopsFromHeadingTo(user: UserEvent, target: HTMLElement): Promise<Element[]> {
  screen.getByRole("heading", { level: 1 }).focus();
  const stops: Element[] = [];
  for (let presses = 0; presses < 100; presses += 1) {
    await user.tab();
    if (document.activeElement === target) return stops;
    if (document.activeElement) stops.push(document.activeElement);
  }
  throw new Error("Tab never reached the target");
}
