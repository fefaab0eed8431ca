import { screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TextQuestion } from "../../src/ui/TextQuestion.tsx";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

// jsdom has no scrollIntoView, which the error summary's link calls; every browser the app supports has it.
beforeEach(() => {
  Object.defineProperty(Element.prototype, "scrollIntoView", { value: vi.fn(), configurable: true });
});

afterEach(() => {
  Reflect.deleteProperty(Element.prototype, "scrollIntoView");
});

const title = "What is the line's number?";

function Question({
  answer,
  error = null,
  onAnswer = vi.fn(),
}: {
  answer?: string;
  error?: string | null;
  onAnswer?: (value: string) => void;
}) {
  return (
    <main>
      <TextQuestion
        name="lineNumber"
        title={title}
        hint="9 digits, starting with 9"
        answer={answer}
        error={error}
        inputMode="tel"
        autoComplete="tel-national"
        onAnswer={onAnswer}
      />
    </main>
  );
}

describe("TextQuestion", () => {
  it("is a text field labelled by the page's h1 and described by the hint, with a phone keypad", () => {
    renderWithText(<Question />);
    expect(screen.getByRole("heading", { level: 1, name: title })).toBeInTheDocument();
    const field = screen.getByRole("textbox", { name: title });
    expect(field).toHaveAccessibleDescription("9 digits, starting with 9");
    expect(field).toHaveAttribute("inputmode", "tel");
    expect(field).toHaveAttribute("autocomplete", "tel-national");
    expect(field).not.toBeInvalid();
  });

  it("Tab into the field, type, and Enter sends what was typed", async () => {
    const onAnswer = vi.fn();
    const { user } = renderWithText(<Question onAnswer={onAnswer} />);
    await user.tab();
    const field = screen.getByRole("textbox", { name: title });
    expect(field).toHaveFocus();
    await user.keyboard("987 654 321");
    expect(field).toHaveValue("987 654 321");
    await user.keyboard("{Enter}");
    expect(onAnswer).toHaveBeenCalledExactlyOnceWith("987 654 321");
  });

  it("starts from the saved answer; Tab to Continue and Space sends the edited value", async () => {
    const onAnswer = vi.fn();
    const { user } = renderWithText(<Question answer="987" onAnswer={onAnswer} />);
    const field = screen.getByRole("textbox", { name: title });
    expect(field).toHaveValue("987");
    await user.tab();
    // Tabbing into a field selects its text, as browsers do: End keeps it and adds to it.
    await user.keyboard("{End}6");
    await user.tab();
    expect(screen.getByRole("button", { name: "Continue" })).toHaveFocus();
    await user.keyboard(" ");
    expect(onAnswer).toHaveBeenCalledExactlyOnceWith("9876");
  });

  it("with an error: invalid, described by hint and error, the summary takes focus and links to the field", async () => {
    const { user } = renderWithText(<Question error="Enter a 9-digit number" />);
    expect(screen.getByRole("region", { name: "There is a problem" })).toHaveFocus();
    const field = screen.getByRole("textbox", { name: title });
    expect(field).toBeInvalid();
    // jsdom's name computation drops the space that ends the hidden "Error: "; Chromium reads it with the space.
    expect(field).toHaveAccessibleDescription(/^9 digits, starting with 9 Error: ?Enter a 9-digit number$/);
    await user.tab();
    expect(screen.getByRole("link", { name: "Enter a 9-digit number" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(field).toHaveFocus();
  });

  it.each([null, "Enter a 9-digit number"])("has no WCAG A/AA violations (error: %s)", async (error) => {
    const { container } = renderWithText(<Question answer="98765" error={error} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
