import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { currentLineOf } from "../../../src/app/session/sessionLines.ts";
import { migrateSession } from "../../../src/app/session/sessionMigrations.ts";
import { setAsideKey } from "../../../src/app/session/storageKeys.ts";
import sessionV5 from "../../fixtures/session-v5.json";
import { closeTab, heading, renderApp, storedSession, storeSession } from "../renderApp.tsx";

const saved = { ...sessionV5, locale: "en" };
const setAsideTexts = (): string[] => JSON.parse(localStorage.getItem(setAsideKey) ?? "[]");
/** The saved plan as this version reads it: one line, open. */
const savedReading = migrateSession(saved);
const savedNow = savedReading.ok ? savedReading.session : null;

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, "", "/");
});

async function startAgain(user: ReturnType<typeof renderApp>["user"]) {
  await user.click(screen.getByRole("button", { name: "Start again" }));
  await user.click(screen.getByRole("button", { name: "Yes, start again" }));
}

// Several pages, each of which may wait for the lazily loaded wizard on a busy machine.
describe("starting again never loses a saved plan", { timeout: 15_000 }, () => {
  it("sets the saved plan aside, and the welcome page brings it back on its page, with its ticks", async () => {
    storeSession(saved);
    const first = renderApp();
    await startAgain(first.user);
    await heading("Why do you want to cancel the line?");
    expect(setAsideTexts().map((text) => JSON.parse(text))).toEqual([savedNow]);
    await first.user.click(screen.getByLabelText("Another reason"));
    await first.user.click(screen.getByRole("button", { name: "Continue" }));
    await heading("Where are you now?");
    closeTab();

    // Days later: the new plan is the one saved, the first is listed apart.
    const { user } = renderApp();
    expect(screen.getByText(/You stopped at “Where are you now\?”/)).toBeInTheDocument();
    const setAside = within(screen.getByRole("region", { name: "Plans you set aside" }));
    expect(setAside.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Stopped at “Your plan” on .* Bring back/),
    ]);
    await user.click(screen.getByRole("button", { name: /^Bring back Stopped at “Your plan”/ }));
    await heading("Your plan");
    expect(screen.getByRole("checkbox", { name: "DNI" })).toBeChecked();
    // It joins the plan saved now as a line of its own: neither is lost, and nothing is left set aside.
    expect(setAsideTexts()).toEqual([]);
    const stored = await storedSession();
    expect(stored?.lines.map(({ answers }) => answers)).toEqual([{ reason: "other" }, saved.answers]);
    expect(stored && currentLineOf(stored)).toMatchObject({ answers: saved.answers, ticks: saved.ticks });
  });

  it("replaces nothing when the device will not keep a copy, and says so", async () => {
    storeSession(saved);
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const { user } = renderApp();
    await startAgain(user);
    expect(screen.getByRole("alert")).toHaveTextContent("so nothing was replaced");
    expect(
      screen.getByRole("heading", { level: 1, name: "Cancel your Peruvian mobile line" }),
    ).toBeInTheDocument();
    expect(await storedSession()).toEqual(saved);
  });

  it("on the welcome page reached by going back, offers to go on with the answers, or to set them aside", async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Start" }));
    await heading("Why do you want to cancel the line?");
    await user.click(screen.getByLabelText("Another reason"));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await heading("Where are you now?");
    await user.click(screen.getByRole("link", { name: "Back" }));
    await heading("Why do you want to cancel the line?");
    await user.click(screen.getByRole("link", { name: "Back" }));
    await heading("Cancel your Peruvian mobile line");

    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("Why do you want to cancel the line?");
    expect(screen.getByLabelText("Another reason")).toBeChecked();
    await user.click(screen.getByRole("link", { name: "Back" }));
    await heading("Cancel your Peruvian mobile line");

    await startAgain(user);
    await heading("Why do you want to cancel the line?");
    expect(screen.getByLabelText("Another reason")).not.toBeChecked();
    expect(setAsideTexts().map((text) => currentLineOf(JSON.parse(text)).answers)).toEqual([
      { reason: "other" },
    ]);
  });
});
