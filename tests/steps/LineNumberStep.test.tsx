import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { LineNumberStep } from "../../src/steps/LineNumberStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

const label = "What is the line's number? (optional)";

describe("LineNumberStep", () => {
  it("labels the field with the question, which is the heading", () => {
    renderStep(<LineNumberStep />, "lineNumber");
    expect(screen.getByRole("heading", { level: 1, name: label })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: label })).toHaveAccessibleDescription(/9 digits/);
  });

  it("keeps the number without spaces or the +51 prefix", async () => {
    const { user, actor } = renderStep(<LineNumberStep />, "lineNumber");
    await user.type(screen.getByRole("textbox", { name: label }), "+51 987 654 321");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(actor.getSnapshot().context.answers.lineNumber).toBe("987654321");
    expect(actor.getSnapshot().value).toBe("holder");
  });

  it("can be left empty", async () => {
    const { user, currentStep } = renderStep(<LineNumberStep />, "lineNumber");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe("holder");
  });

  it("rejects a number that is not a Peruvian mobile number, keeping what was typed", async () => {
    const { user, currentStep } = renderStep(<LineNumberStep />, "lineNumber");
    const field = screen.getByRole("textbox", { name: label });
    await user.type(field, "12345");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe("lineNumber");
    expect(field).toHaveValue("12345");
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(
      screen.getByRole("link", { name: "Enter a 9-digit number starting with 9, or leave it empty" }),
    ).toHaveAttribute("href", "#lineNumber");
  });
});
