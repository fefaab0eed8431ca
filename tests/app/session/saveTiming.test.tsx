import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sessionKey } from "../../../src/app/session/savedSession.ts";
import { holdFrames, paintHeldFrames } from "../../support/heldFrames.ts";
import { heading, renderApp, storeSession } from "../renderApp.tsx";
import { sessionAtCarrier } from "./sessionAtCarrier.ts";

/** The carrier the device holds now, read directly: nothing waits for the page to paint. */
const storedCarrier = () => JSON.parse(localStorage.getItem(sessionKey) ?? "null")?.lines[0].answers.carrier;

async function answerCarrierBeforeAnyPaint() {
  storeSession(sessionAtCarrier);
  const { user } = renderApp();
  await user.click(screen.getByRole("button", { name: "Resume" }));
  await heading("Which carrier is the line with?");
  holdFrames();
  await user.click(screen.getByLabelText("Movistar"));
  await user.click(screen.getByRole("button", { name: "Continue" }));
  await heading("What is the line's number? (optional)");
}

afterEach(() => {
  // Frames held back are painted, as a browser always does in the end: no task waits for ever.
  paintHeldFrames();
  vi.restoreAllMocks();
  window.history.replaceState(null, "", "/");
  Reflect.deleteProperty(document, "visibilityState");
});

describe("an answer is written to the device", () => {
  it("once the page it leads to has painted, not before", async () => {
    await answerCarrierBeforeAnyPaint();
    expect(storedCarrier()).toBeUndefined();
    paintHeldFrames();
    await vi.waitFor(() => expect(storedCarrier()).toBe("movistar"));
  });

  it("at once when the tab is hidden before that paint (another app opened, the phone locked)", async () => {
    await answerCarrierBeforeAnyPaint();
    Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
    document.dispatchEvent(new Event("visibilitychange"));
    expect(storedCarrier()).toBe("movistar");
  });

  it("at once when the page is left or closed before that paint", async () => {
    await answerCarrierBeforeAnyPaint();
    window.dispatchEvent(new Event("pagehide"));
    expect(storedCarrier()).toBe("movistar");
  });
});
