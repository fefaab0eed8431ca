import { screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import sessionV5 from "../fixtures/session-v5.json";
import { heading, renderApp, storedSession, storeSession } from "./renderApp.tsx";

/** A request made on Wednesday 22 July 2026 and recorded; the user left on the due-date page. */
const waitingForTheDueDate = {
  ...sessionV5,
  locale: "en",
  step: "dueDate",
  visited: [...sessionV5.visited, "summary", "requestMade"],
  followUp: {
    ...sessionV5.followUp,
    request: { date: "2026-07-22", channel: "store", code: "CL-42", chosenDate: "" },
  },
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
});

afterEach(() => {
  vi.useRealTimers();
  window.history.replaceState(null, "", "/");
});

describe("following the request up, days later", () => {
  it("before the due date, resuming opens the due date as it was left", async () => {
    vi.setSystemTime(new Date("2026-07-23T15:00:00Z"));
    storeSession(waitingForTheDueDate);
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("When the line must be gone");
    expect(screen.getByText(/by July 24, 2026/)).toBeInTheDocument();
  });

  it("from the due date on, resuming asks whether the line is gone; the way up then carries the code", async () => {
    vi.setSystemTime(new Date("2026-07-27T15:00:00Z"));
    storeSession(waitingForTheDueDate);
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("Is the line gone?");
    await user.click(screen.getByLabelText("No, the line still works"));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await heading("If the carrier does not act");
    expect(screen.getByText(/code CL-42/)).toBeInTheDocument();
    expect(await storedSession()).toMatchObject({
      lines: [{ step: "wayUp", followUp: { lineCheck: "stillWorking" } }],
    });
  });

  it("once answered, resuming keeps the user where they were on the way up", async () => {
    vi.setSystemTime(new Date("2026-08-10T15:00:00Z"));
    storeSession({
      ...waitingForTheDueDate,
      step: "wayUp",
      visited: [...waitingForTheDueDate.visited, "dueDate", "checkIn"],
      followUp: { ...waitingForTheDueDate.followUp, lineCheck: "stillWorking" },
    });
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("If the carrier does not act");
  });

  it("the line gone: the done page, and Back returns to the question", async () => {
    vi.setSystemTime(new Date("2026-07-27T15:00:00Z"));
    storeSession(waitingForTheDueDate);
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("Is the line gone?");
    await user.click(screen.getByLabelText("Yes, the line is cancelled"));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await heading("Your line is cancelled");
    expect(screen.getByText(/Keep the proof of your request, code CL-42/)).toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "Back" }));
    await heading("Is the line gone?");
  });

  it("the letters opened from the plan, before any request is recorded, are kept and resumed like any page", async () => {
    vi.setSystemTime(new Date("2026-07-20T15:00:00Z"));
    storeSession({ ...sessionV5, locale: "en" });
    const first = renderApp();
    await first.user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("Your plan");
    await first.user.click(screen.getAllByRole("button", { name: "Letters in Spanish" })[0] as HTMLElement);
    await heading("Letters in Spanish");
    expect(await storedSession()).toMatchObject({
      lines: [{ step: "letters", followUp: { request: null } }],
    });
    first.unmount();

    const { user } = renderApp();
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("Letters in Spanish");
  });
});
