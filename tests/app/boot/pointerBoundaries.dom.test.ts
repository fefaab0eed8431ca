import { describe, expect, it } from "vitest";
import { boundaryEvents, keepBoundaryEventsFromReact } from "../../../src/app/boot/pointerBoundaries.ts";

const sources = Object.entries(
  import.meta.glob<string>("/src/**/*.tsx", { query: "?raw", import: "default", eager: true }),
);

/** A React prop that the stopped events would feed: onMouseEnter, onPointerOut, onMouseLeaveCapture… */
const boundaryHandler = /\bon(Mouse|Pointer)(Over|Out|Enter|Leave)\w*\s*=/;

describe("the pointer's boundary events, kept from React", () => {
  it("no component listens for them, so stopping them changes nothing the user sees", () => {
    const listening = sources.filter(([, text]) => boundaryHandler.test(text)).map(([path]) => path);
    expect(listening).toEqual([]);
  });

  it("the check itself catches a component that would listen", () => {
    expect(boundaryHandler.test("<li onMouseEnter={show}>")).toBe(true);
    expect(boundaryHandler.test("<div onPointerLeaveCapture={hide} />")).toBe(true);
    expect(boundaryHandler.test("<button onClick={next}>")).toBe(false);
  });

  it("they stop where they are kept: the root React listens at, inside, never hears them", () => {
    // The page's window in the app; an element around the root here, so that no other test loses the events.
    const page = document.createElement("div");
    const root = document.createElement("div");
    const button = document.createElement("button");
    root.append(button);
    page.append(root);
    document.body.append(page);
    const heardAtRoot: string[] = [];
    for (const type of boundaryEvents) {
      root.addEventListener(type, () => heardAtRoot.push(`${type} (bubbling)`));
      root.addEventListener(type, () => heardAtRoot.push(`${type} (capture)`), { capture: true });
    }
    // Heard before they are kept: the listeners are in place.
    button.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    keepBoundaryEventsFromReact(page);
    for (const type of boundaryEvents) button.dispatchEvent(new MouseEvent(type, { bubbles: true }));
    page.remove();
    expect(heardAtRoot).toEqual(["mouseover (capture)", "mouseover (bubbling)"]);
  });
});
