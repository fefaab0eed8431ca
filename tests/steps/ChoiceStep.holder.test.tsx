import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ChoiceStep } from "../../src/steps/ChoiceStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

describe("ChoiceStep for the holder question", () => {
  it.each([
    ["In my name", "identityDocument"],
    ["In someone else's name", "holderAdvice"],
    ["The holder has died", "holderAdvice"],
    ["I am not sure", "holderAdvice"],
  ])("after “%s” the next page is %s", async (label, next) => {
    const { user, currentStep } = renderStep(<ChoiceStep question="holder" />, "holder");
    expect(screen.getByRole("group", { name: "Whose name is the line registered in?" })).toBeInTheDocument();
    await user.click(screen.getByLabelText(label));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe(next);
  });
});
