import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ReasonAdviceStep } from "../../src/steps/ReasonAdviceStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

describe("ReasonAdviceStep", () => {
  it.each([
    ["switchingCarrier", "You may not need to cancel: keep your number", "mobiletime.la"],
    ["tooExpensive", "A cheaper plan may be enough", "n60.pe"],
    ["leavingPeru", "Leaving only for a while? You can pause the line", "diariocorreo.pe"],
  ] as const)(
    "for %s (a switcher not sure about the number) it shows the alternative with its source",
    (reason, heading, site) => {
      renderStep(<ReasonAdviceStep />, "reasonAdvice", { answers: { reason, keepNumber: "notSure" } });
      expect(screen.getByRole("heading", { level: 1, name: heading })).toBeInTheDocument();
      expect(screen.getByRole("link", { name: site })).toBeInTheDocument();
      expect(screen.getByRole("link", { name: site }).closest("p")).toHaveTextContent(
        /checked November 2\d, 2026/,
      );
    },
  );

  it("lets the user continue to cancel anyway", async () => {
    const { user, currentStep } = renderStep(<ReasonAdviceStep />, "reasonAdvice", {
      answers: { reason: "switchingCarrier", keepNumber: "notSure" },
    });
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe("whereabouts");
  });
});
