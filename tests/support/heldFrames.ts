import { vi } from "vitest";

/** The frames the page asked for while paints are held: the browser has not painted yet. */
const held: FrameRequestCallback[] = [];

/** From now until the mocks are restored, the frames the page asks for wait for `paintHeldFrames`. */
export function holdFrames(): void {
  vi.spyOn(window, "requestAnimationFrame").mockImplementation((frame) => held.push(frame));
}

/** The browser paints: the frames held run, and what they post is handled right after. */
export function paintHeldFrames(): void {
  for (const frame of held.splice(0)) frame(performance.now());
}

export const heldFrameCount = (): number => held.length;
