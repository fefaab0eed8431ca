import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CardStatusStep } from "../../src/steps/CardStatusStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

async function answer(label: string) {
  const view = renderStep(<CardStatusStep />, "cardStatus", { answers: { reason: "other" } });
  await view.user.click(screen.getByLabelText(label));
  await view.user.click(screen.getByRole("button", { name: "Continue" }));
  return view.currentStep();
}

describe("CardStatusStep", () => {
  it("asks the state of the line in a labelled group", () => {
    renderStep(<CardStatusStep />, "cardStatus");
    expect(screen.getByRole("group", { name: "What state is the line in?" })).toBeInTheDocument();
  });

  it.each([
    ["The SIM or the phone was stolen", "blockFirst"],
    ["The SIM or the phone is lost", "blockFirst"],
    ["It is suspended for unpaid bills", "debtFirst"],
    ["It works normally", "planType"],
    ["The SIM is damaged", "planType"],
  ])("after “%s” the next page is %s", async (label, next) => {
    expect(await answer(label)).toBe(next);
  });
});
