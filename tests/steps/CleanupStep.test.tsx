import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CleanupStep } from "../../src/steps/CleanupStep.tsx";
import { completeAnswers } from "../support/completeAnswers.ts";
import { renderStep } from "../support/renderStep.tsx";

describe("CleanupStep", () => {
  it("lists the cleanup in order, ending with destroying the SIM, and saves ticks", async () => {
    const { user, actor, currentStep } = renderStep(<CleanupStep />, "cleanup", {
      answers: completeAnswers,
    });
    const boxes = screen.getAllByRole("checkbox");
    expect(boxes[0]).toHaveAccessibleName(/Yape, Plin/);
    expect(boxes.at(-1)).toHaveAccessibleName("Destroy the SIM: cut the chip");
    expect(screen.getByText(/after 90 days/)).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: "Back up your SMS and contacts" }));
    expect(actor.getSnapshot().context.ticks).toEqual(["backup"]);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe("summary");
  });
});
