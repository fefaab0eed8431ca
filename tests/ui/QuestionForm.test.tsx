import { screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { QuestionForm } from "../../src/ui/QuestionForm.tsx";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

// jsdom has no scrollIntoView, which the error summary's link calls; every browser the app supports has it.
beforeEach(() => {
  Object.defineProperty(Element.prototype, "scrollIntoView", { value: vi.fn(), configurable: true });
});

afterEach(() => {
  Reflect.deleteProperty(Element.prototype, "scrollIntoView");
});

function Question({ error, onSubmit }: { error: string | null; onSubmit: () => void }) {
  return (
    <main>
      <QuestionForm
        name="email"
        hint="We only use it to send you the plan"
        error={error}
        errorTarget="email"
        onSubmit={onSubmit}
      >
        {(describedBy, details) => (
          <>
            <h1>
              <label htmlFor="email">Your email</label>
            </h1>
            {details}
            <input id="email" type="email" required aria-describedby={describedBy} />
          </>
        )}
      </QuestionForm>
    </main>
  );
}

describe("QuestionForm", () => {
  it("describes the field with the hint, and has a Continue button", () => {
    renderWithText(<Question error={null} onSubmit={vi.fn()} />);
    expect(screen.getByRole("textbox", { name: "Your email" })).toHaveAccessibleDescription(
      "We only use it to send you the plan",
    );
    expect(screen.getByRole("button", { name: "Continue" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("Enter in the field submits, with the browser's own validation off and no page load", async () => {
    const onSubmit = vi.fn();
    const { user } = renderWithText(<Question error={null} onSubmit={onSubmit} />);
    // What reached the document on the way: the click the browser makes on Continue, or a submission.
    const reached: { type: string; cancelled: boolean }[] = [];
    const record = (event: Event) => reached.push({ type: event.type, cancelled: event.defaultPrevented });
    document.addEventListener("click", record);
    document.addEventListener("submit", record);
    try {
      await user.tab();
      expect(screen.getByRole("textbox", { name: "Your email" })).toHaveFocus();
      // The field is required and empty: only the app's own check may stop the answer.
      await user.keyboard("{Enter}");
    } finally {
      document.removeEventListener("click", record);
      document.removeEventListener("submit", record);
    }
    expect(onSubmit).toHaveBeenCalledTimes(1);
    // Cancelled, the click leads to no submission, and no page loads.
    expect(reached).toEqual([{ type: "click", cancelled: true }]);
  });

  it("Tab goes from the field to Continue, which Space submits", async () => {
    const onSubmit = vi.fn();
    const { user } = renderWithText(<Question error={null} onSubmit={onSubmit} />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole("button", { name: "Continue" })).toHaveFocus();
    await user.keyboard(" ");
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it("a second Continue refused for the same reason brings focus back to the summary", async () => {
    const { user } = renderWithText(<Question error="Enter an email address" onSubmit={vi.fn()} />);
    const summary = () => screen.getByRole("region", { name: "There is a problem" });
    expect(summary()).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(summary()).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(summary()).toHaveFocus();
  });

  it("with an error: the summary comes first and takes focus, the field is described by hint then error", async () => {
    const { user } = renderWithText(<Question error="Enter an email address" onSubmit={vi.fn()} />);
    expect(screen.getByRole("region", { name: "There is a problem" })).toHaveFocus();
    const field = screen.getByRole("textbox", { name: "Your email" });
    // jsdom's name computation drops the space that ends the hidden "Error: "; Chromium reads it with the space.
    expect(field).toHaveAccessibleDescription(
      /^We only use it to send you the plan Error: ?Enter an email address$/,
    );
    await user.tab();
    expect(screen.getByRole("link", { name: "Enter an email address" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(field).toHaveFocus();
  });

  it.each([null, "Enter an email address"])("has no WCAG A/AA violations (error: %s)", async (error) => {
    const { container } = renderWithText(<Question error={error} onSubmit={vi.fn()} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
