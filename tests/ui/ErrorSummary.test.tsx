import { screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ErrorSummary } from "../../src/ui/ErrorSummary.tsx";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

const scrollIntoView = vi.fn();

// jsdom lays nothing out and has no scrollIntoView; every browser the app supports has it.
beforeEach(() => {
  Object.defineProperty(Element.prototype, "scrollIntoView", { value: scrollIntoView, configurable: true });
});

afterEach(() => {
  Reflect.deleteProperty(Element.prototype, "scrollIntoView");
  scrollIntoView.mockClear();
});

function QuestionWithError() {
  return (
    <main>
      <ErrorSummary message="Select why you want to cancel the line" fieldId="reason-leavingPeru" />
      <fieldset>
        <legend>Why do you want to cancel the line?</legend>
        <input type="radio" id="reason-leavingPeru" name="reason" value="leavingPeru" />
        <label htmlFor="reason-leavingPeru">I am leaving Peru</label>
        <input type="radio" id="reason-other" name="reason" value="other" />
        <label htmlFor="reason-other">Another reason</label>
      </fieldset>
    </main>
  );
}

describe("ErrorSummary", () => {
  it("takes focus when it appears, titled 'There is a problem', and is announced as an alert", () => {
    renderWithText(<QuestionWithError />);
    const summary = screen.getByRole("region", { name: "There is a problem" });
    expect(summary).toHaveFocus();
    const alert = within(summary).getByRole("alert");
    expect(within(alert).getByRole("heading", { name: "There is a problem" })).toBeInTheDocument();
    expect(
      within(alert).getByRole("link", { name: "Select why you want to cancel the line" }),
    ).toHaveAttribute("href", "#reason-leavingPeru");
  });

  it("Tab reaches the link, and Enter on it moves focus to the field at fault and scrolls its group into view", async () => {
    const { user } = renderWithText(<QuestionWithError />);
    await user.tab();
    expect(screen.getByRole("link", { name: "Select why you want to cancel the line" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("radio", { name: "I am leaving Peru" })).toHaveFocus();
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toBe(screen.getByRole("group"));
  });

  it("has no WCAG A/AA violations", async () => {
    const { container } = renderWithText(<QuestionWithError />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
