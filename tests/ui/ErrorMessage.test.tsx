import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ErrorMessage } from "../../src/ui/ErrorMessage.tsx";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

function FieldWithError() {
  return (
    <main>
      <label htmlFor="phone">Phone number</label>
      <input id="phone" type="text" aria-invalid aria-describedby="phone-error" />
      <ErrorMessage id="phone-error" message="Enter the line's phone number" />
      <button type="button">Continue</button>
    </main>
  );
}

describe("ErrorMessage", () => {
  it("says 'Error:' before the message, hidden from sight but read with the field", () => {
    renderWithText(<FieldWithError />);
    const message = screen.getByText("Error:");
    expect(message).toHaveClass("visually-hidden");
    expect(message.parentElement).toHaveTextContent("Error: Enter the line's phone number");
    // jsdom's name computation drops the space that ends the hidden "Error: "; Chromium reads it with the space.
    expect(screen.getByRole("textbox", { name: "Phone number" })).toHaveAccessibleDescription(
      /^Error: ?Enter the line's phone number$/,
    );
  });

  it("takes no place in the Tab order: focus goes from the field to the next control", async () => {
    const { user } = renderWithText(<FieldWithError />);
    await user.tab();
    expect(screen.getByRole("textbox", { name: "Phone number" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Continue" })).toHaveFocus();
  });

  it("has no WCAG A/AA violations", async () => {
    const { container } = renderWithText(<FieldWithError />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
