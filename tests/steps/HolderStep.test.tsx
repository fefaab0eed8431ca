import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { HolderStep } from "../../src/steps/HolderStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

describe("HolderStep", () => {
  it.each([
    ["In my name", "identityDocument"],
    ["In someone else's name", "holderAdvice"],
    ["The holder has died", "holderAdvice"],
    ["I am not sure", "holderAdvice"],
  ])("after “%s” the next page is %s", async (label, next) => {
    const { user, currentStep } = renderStep(<HolderStep />, "holder");
    expect(screen.getByRole("group", { name: "Whose name is the line registered in?" })).toBeInTheDocument();
    await user.click(screen.getByLabelText(label));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe(next);
  });
});
