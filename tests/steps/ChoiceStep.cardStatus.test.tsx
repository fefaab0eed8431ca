import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ChoiceStep } from "../../src/steps/ChoiceStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

async function answer(label: string) {
  const view = renderStep(<ChoiceStep question="cardStatus" />, "cardStatus", {
    answers: { reason: "other" },
  });
  await view.user.click(screen.getByLabelText(label));
  await view.user.click(screen.getByRole("button", { name: "Continue" }));
  return view.currentStep();
}

describe("ChoiceStep for the cardStatus question", () => {
  it("asks the state of the line in a labelled group", () => {
    renderStep(<ChoiceStep question="cardStatus" />, "cardStatus");
    expect(screen.getByRole("group", { name: "What state is the line in?" })).toBeInTheDocument();
  });

  it.each([
    ["The SIM or the phone was stolen", "blockFirst"],
    ["The SIM or the phone is lost", "blockFirst"],
    ["It is suspended for unpaid bills", "debtFirst"],
    ["It works normally", "planType"],
    ["The SIM is damaged", "damagedSim"],
  ])("after “%s” the next page is %s", async (label, next) => {
    expect(await answer(label)).toBe(next);
  });
});
