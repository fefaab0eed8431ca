import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ChoiceStep } from "../../src/steps/ChoiceStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

describe("ChoiceStep for the reason question", () => {
  it("asks why, as the heading and the legend of a group of options", () => {
    renderStep(<ChoiceStep question="reason" />, "reason");
    expect(
      screen.getByRole("heading", { level: 1, name: "Why do you want to cancel the line?" }),
    ).toBeInTheDocument();
    const group = screen.getByRole("group", { name: "Why do you want to cancel the line?" });
    expect(group.querySelectorAll('input[type="radio"]')).toHaveLength(7);
  });

  it("shows the error summary and stays when Continue is pressed with nothing chosen", async () => {
    const { user, currentStep } = renderStep(<ChoiceStep question="reason" />, "reason");
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(screen.getByRole("heading", { name: "There is a problem" })).toBeInTheDocument();
    const link = screen.getByRole("link", { name: "Select why you want to cancel the line" });
    expect(link).toHaveAttribute("href", "#reason-leavingPeru");
    expect(
      screen.getByText("Select why you want to cancel the line", { selector: ".error-message" }),
    ).toBeVisible();
    expect(currentStep()).toBe("reason");
  });

  it("asks a switcher whether to keep the number", async () => {
    const { user, currentStep } = renderStep(<ChoiceStep question="reason" />, "reason");
    await user.click(screen.getByLabelText("I am switching to another carrier"));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe("keepNumber");
  });

  it("goes straight to where the person is for another reason", async () => {
    const { user, currentStep } = renderStep(<ChoiceStep question="reason" />, "reason");
    await user.click(screen.getByLabelText("Another reason"));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe("whereabouts");
  });

  it("shows the earlier answer when the user comes back", () => {
    renderStep(<ChoiceStep question="reason" />, "reason", { answers: { reason: "tooExpensive" } });
    expect(screen.getByLabelText("It is too expensive")).toBeChecked();
  });
});
