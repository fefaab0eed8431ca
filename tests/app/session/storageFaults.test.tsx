import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { heading, renderApp } from "../renderApp.tsx";

const cannotSave = /This device cannot save your progress/;

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, "", "/");
});

/** Counts the warnings on each of four steps; on the first, the save that fails follows the page's first paint. */
async function walkFourSteps(
  user: ReturnType<typeof renderApp>["user"],
  warnings: number[],
  warnedFirst: boolean,
) {
  await heading("Why do you want to cancel the line?");
  if (warnedFirst) await screen.findByText(cannotSave);
  warnings.push(screen.queryAllByText(cannotSave).length);
  await user.click(screen.getByLabelText("Another reason"));
  await user.click(screen.getByRole("button", { name: "Continue" }));
  await heading("Where are you now?");
  warnings.push(screen.queryAllByText(cannotSave).length);
  await user.click(screen.getByLabelText("In Peru, and staying"));
  await user.click(screen.getByRole("button", { name: "Continue" }));
  await heading("What state is the line in?");
  warnings.push(screen.queryAllByText(cannotSave).length);
  await user.click(screen.getByLabelText("It works normally"));
  await user.click(screen.getByRole("button", { name: "Continue" }));
  await heading("What kind of plan is the line?");
  warnings.push(screen.queryAllByText(cannotSave).length);
}

// Several steps, each of which may wait for the lazily loaded wizard on a busy machine.
describe("when the device cannot store anything", { timeout: 15_000 }, () => {
  it("storage full: the wizard works, and says once that progress is not saved", async () => {
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    const { user } = renderApp();
    expect(screen.queryByText(cannotSave)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Start" }));
    const warnings: number[] = [];
    await walkFourSteps(user, warnings, true);
    expect(warnings).toEqual([1, 0, 0, 0]);
  });

  it("storage blocked: the welcome page says it, and the wizard does not repeat it", async () => {
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    });
    const { user } = renderApp();
    expect(screen.getAllByText(cannotSave)).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Start" }));
    const warnings: number[] = [];
    await walkFourSteps(user, warnings, false);
    expect(warnings).toEqual([0, 0, 0, 0]);
  });

  it("no storage at all (the browser refuses even to show it): the same", async () => {
    const { user } = renderApp(null);
    expect(screen.getAllByText(cannotSave)).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Start" }));
    const warnings: number[] = [];
    await walkFourSteps(user, warnings, false);
    expect(warnings).toEqual([0, 0, 0, 0]);
  });
});
