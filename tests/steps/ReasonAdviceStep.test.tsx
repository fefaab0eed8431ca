import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ReasonAdviceStep } from "../../src/steps/ReasonAdviceStep.tsx";
import { renderStep } from "../support/renderStep.tsx";
import { tabStopsFromHeadingTo } from "../support/tabStops.ts";

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
      expect(screen.getByRole("link", { name: site }).closest("li")).toHaveTextContent(
        /checked November 2\d, 2026/,
      );
    },
  );

  it("reaches Continue from the heading past the carrier's numbers alone: the sources wait in their list after it", async () => {
    const { user } = renderStep(<ReasonAdviceStep />, "reasonAdvice", {
      answers: { reason: "leavingPeru", carrier: "claro" },
    });
    const continueButton = screen.getByRole("button", { name: "Continue" });
    const stops = await tabStopsFromHeadingTo(user, continueButton);
    expect(stops.map((stop) => stop.getAttribute("href"))).toEqual(["tel:123", "tel:080000123"]);
    await user.tab();
    expect(document.activeElement?.closest("section")).toBe(screen.getByRole("region", { name: "Sources" }));
  });

  it("lets the user continue to cancel anyway", async () => {
    const { user, currentStep } = renderStep(<ReasonAdviceStep />, "reasonAdvice", {
      answers: { reason: "switchingCarrier", keepNumber: "notSure" },
    });
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe("whereabouts");
  });
});
