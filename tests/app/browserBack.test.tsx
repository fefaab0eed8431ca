import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import followedUp from "../fixtures/session-v5-followed-up.json";
import { heading, renderApp, storeSession } from "./renderApp.tsx";
import { atPlanType } from "./sessionV5At.ts";

afterEach(() => {
  window.history.replaceState(null, "", "/");
});

describe("the browser's Back after Resume", { timeout: 15_000 }, () => {
  it("goes back through the steps already taken, after the app's own Back too, and leaves the app only from the welcome page", async () => {
    storeSession(atPlanType);
    const { user } = renderApp();
    const entriesBefore = window.history.length;
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("What kind of plan is the line?");
    // One entry for each page the user can go back to, and one for this page: written once the page has painted,
    // which on a busy machine may take longer than waitFor's default second.
    await waitFor(() => expect(window.history.length - entriesBefore).toBe(atPlanType.visited.length), {
      timeout: 5_000,
    });

    await user.click(screen.getByRole("link", { name: "Back" }));
    await heading("What state is the line in?");
    window.history.back();
    await heading("Where are you now?");
    window.history.back();
    await heading("Why do you want to cancel the line?");
    window.history.back();
    await heading("Cancel your Peruvian mobile line");
  });
});

describe("the browser's Back then Forward", { timeout: 15_000 }, () => {
  it("returns to a page opened by a button of its own: the letters, from the way up", async () => {
    storeSession({ ...followedUp, locale: "en" });
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("If the carrier does not act");
    await user.click(screen.getByRole("button", { name: "The reclamo, queja and appeal in Spanish" }));
    await heading("Letters in Spanish");
    await waitFor(() => expect(window.location.hash).toBe("#/letters"), { timeout: 5_000 });

    window.history.back();
    await heading("If the carrier does not act");
    window.history.forward();
    await heading("Letters in Spanish");
    await waitFor(() => expect(window.location.hash).toBe("#/letters"), { timeout: 5_000 });
  });
});
