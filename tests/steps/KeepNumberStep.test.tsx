import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { KeepNumberStep } from "../../src/steps/KeepNumberStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

const switcher = { answers: { reason: "switchingCarrier" } } as const;

describe("KeepNumberStep", () => {
  it("asks whether to keep the number, saying with its sources that porting keeps it and a cancelled line cannot be ported", () => {
    renderStep(<KeepNumberStep />, "keepNumber", switcher);
    const group = screen.getByRole("group", { name: "Do you want to keep your phone number?" });
    expect(group.querySelectorAll('input[type="radio"]')).toHaveLength(3);
    expect(screen.getByText(/A cancelled line cannot be ported/)).toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: "mobiletime.la" }).length).toBeGreaterThan(0);
  });

  it.each([
    ["Yes, keep my number", "whereabouts"],
    ["No, cancel the line and its number", "whereabouts"],
    ["I am not sure yet", "reasonAdvice"],
  ])("answered “%s”, goes on to %s", async (label, next) => {
    const { user, currentStep } = renderStep(<KeepNumberStep />, "keepNumber", switcher);
    await user.click(screen.getByLabelText(label));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe(next);
  });

  it("refuses to go on with nothing chosen", async () => {
    const { user, currentStep } = renderStep(<KeepNumberStep />, "keepNumber", switcher);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(
      screen.getByRole("link", { name: "Select whether you want to keep your number" }),
    ).toBeInTheDocument();
    expect(currentStep()).toBe("keepNumber");
  });
});
