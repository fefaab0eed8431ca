import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { backupKey, sessionKey } from "../../../src/app/session/savedSession.ts";
import { setAsideKey } from "../../../src/app/session/storageKeys.ts";
import sessionV5 from "../../fixtures/session-v5.json";
import { heading, renderApp, storeSession } from "../renderApp.tsx";

afterEach(() => {
  window.history.replaceState(null, "", "/");
});

describe("Delete my data", () => {
  it("on the welcome page: asks first, Cancel keeps everything", async () => {
    storeSession(sessionV5);
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Delete my data" }));
    expect(
      screen.getByRole("heading", { name: "Delete everything this app saved on this device?" }),
    ).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.getByRole("button", { name: "Delete my data" })).toHaveFocus();
    expect(localStorage.getItem(sessionKey)).not.toBeNull();
    expect(screen.getByRole("button", { name: "Resume" })).toBeInTheDocument();
  });

  it("on the welcome page: removes the session, the plans set aside and the kept-aside data, and says so", async () => {
    storeSession(sessionV5);
    localStorage.setItem(backupKey, "something unreadable");
    localStorage.setItem(setAsideKey, JSON.stringify([JSON.stringify(sessionV5)]));
    const { user } = renderApp();
    expect(screen.getByRole("heading", { name: "Plans you set aside" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Delete my data" }));
    expect(
      screen.getByText(/the plans you set aside and any saved data that could not be read/),
    ).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Yes, delete my data" }));
    const notice = screen.getByText("Your data has been deleted from this device.");
    expect(notice).toHaveRole("status");
    expect(notice).toHaveFocus();
    expect(screen.queryByRole("heading", { name: /Delete everything/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Delete my data" })).toBeInTheDocument();
    expect(localStorage.getItem(sessionKey)).toBeNull();
    expect(localStorage.getItem(backupKey)).toBeNull();
    expect(localStorage.getItem(setAsideKey)).toBeNull();
    expect(screen.queryByRole("heading", { name: "Plans you set aside" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Resume" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Start" })).toBeInTheDocument();
  });

  it("on the summary: deletes everything and shows the welcome page fresh", async () => {
    storeSession({ ...sessionV5, locale: "en" });
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("Your plan");
    await user.click(screen.getByRole("button", { name: "Delete my data" }));
    await user.click(screen.getByRole("button", { name: "Yes, delete my data" }));
    await heading("Cancel your Peruvian mobile line");
    expect(screen.getByText("Your data has been deleted from this device.")).toBeInTheDocument();
    expect(localStorage.length).toBe(0);
    expect(window.location.hash).toBe("");
  });
});
