import { describe, expect, it } from "vitest";
import { keepUnheardEventsFromReact, unheardEvents } from "../../../src/app/boot/unheardEvents.ts";

const sources = Object.entries(
  import.meta.glob<string>(["/src/**/*.ts", "/src/**/*.tsx"], {
    query: "?raw",
    import: "default",
    eager: true,
  }),
);

/** A React prop that the stopped events would feed: onMouseEnter, onPointerDownCapture, onBlur, onKeyDown… */
const unheardProp =
  /\bon((Mouse|Pointer)(Over|Out|Enter|Leave|Move|Down|Up)|Touch(Start|End|Move)|Focus|Blur|Key(Down|Up)|Select|BeforeInput)\w*\s*=/;

/** A listener of the app's own for one of them, on anything but the window, which they would never reach. */
const unheardListener = new RegExp(`(?<!window)\\.addEventListener\\(\\s*"(${unheardEvents.join("|")})"`);

describe("events no component listens for, kept from React", () => {
  it("no component uses a prop they feed, so stopping them changes nothing the user sees", () => {
    const listening = sources.filter(([, text]) => unheardProp.test(text)).map(([path]) => path);
    expect(listening).toEqual([]);
  });

  it("no code of the app listens for them below the window", () => {
    const listening = sources.filter(([, text]) => unheardListener.test(text)).map(([path]) => path);
    expect(listening).toEqual([]);
  });

  it("the checks themselves catch a component or a listener that would hear them", () => {
    expect(unheardProp.test("<li onMouseEnter={show}>")).toBe(true);
    expect(unheardProp.test("<div onPointerLeaveCapture={hide} />")).toBe(true);
    expect(unheardProp.test("<input onBlur={check} />")).toBe(true);
    expect(unheardProp.test("<form onKeyDown={close}>")).toBe(true);
    expect(unheardProp.test("<button onClick={next}>")).toBe(false);
    expect(unheardProp.test("<input onChange={type} />")).toBe(false);
    expect(unheardListener.test('field.addEventListener("focusout", check)')).toBe(true);
    expect(unheardListener.test('window.addEventListener("keydown", run)')).toBe(false);
    expect(unheardListener.test('window.addEventListener("popstate", back)')).toBe(false);
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
    for (const type of [...unheardEvents, "click"]) {
      root.addEventListener(type, () => heardAtRoot.push(`${type} (bubbling)`));
      root.addEventListener(type, () => heardAtRoot.push(`${type} (capture)`), { capture: true });
    }
    // Heard before they are kept: the listeners are in place.
    button.dispatchEvent(new Event("mousedown", { bubbles: true }));
    keepUnheardEventsFromReact(page);
    for (const type of [...unheardEvents, "click"]) button.dispatchEvent(new Event(type, { bubbles: true }));
    page.remove();
    expect(heardAtRoot).toEqual([
      "mousedown (capture)",
      "mousedown (bubbling)",
      "click (capture)",
      "click (bubbling)",
    ]);
  });
});
