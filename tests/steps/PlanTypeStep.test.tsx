import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PlanTypeStep } from "../../src/steps/PlanTypeStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

describe("PlanTypeStep", () => {
  it("explains how to tell with Checa tus líneas, with its source", () => {
    renderStep(<PlanTypeStep />, "planType");
    const group = screen.getByRole("group", { name: "What kind of plan is the line?" });
    expect(group).toHaveAccessibleDescription(/Checa tus líneas/);
    expect(group).toHaveAccessibleDescription(/registered to the ID document you type in/);
    expect(screen.getByRole("link", { name: "diariocorreo.pe" })).toHaveAttribute(
      "href",
      expect.stringContaining("diariocorreo.pe"),
    );
  });

  it("accepts “I am not sure” and moves on to the carrier", async () => {
    const { user, currentStep } = renderStep(<PlanTypeStep />, "planType");
    await user.click(screen.getByLabelText("I am not sure"));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe("carrier");
  });
});
