import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { HolderAdviceStep } from "../../src/steps/HolderAdviceStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

describe("HolderAdviceStep", () => {
  it("for someone else's Bitel line, gives Bitel's notarised carta poder rule with Bitel's page as source", () => {
    renderStep(<HolderAdviceStep />, "holderAdvice", {
      answers: { holder: "someoneElse", carrier: "bitel" },
    });
    expect(
      screen.getByRole("heading", { level: 1, name: "Only the holder can ask for the cancellation" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/signed before a notary, issued at most 1 month before/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "bitel.com.pe" })).toBeInTheDocument();
    expect(screen.getByText(/cannot do it by phone/)).toBeInTheDocument();
  });

  it("for someone else's line at another carrier, says to ask that carrier", () => {
    renderStep(<HolderAdviceStep />, "holderAdvice", {
      answers: { holder: "someoneElse", carrier: "entel" },
    });
    expect(
      screen.getByText(
        "What Entel asks of a representative is not in our sources: ask the carrier before you go.",
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/notary/)).not.toBeInTheDocument();
  });

  it("for a holder who died, explains the change of holder first", () => {
    renderStep(<HolderAdviceStep />, "holderAdvice", { answers: { holder: "deceased" } });
    expect(
      screen.getByRole("heading", { level: 1, name: "First, the line must change holder" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/death certificate. The carrier has 10 business days/)).toBeInTheDocument();
  });

  it("for a holder not known, points to Checa tus líneas and continues to the document question", async () => {
    const { user, currentStep } = renderStep(<HolderAdviceStep />, "holderAdvice", {
      answers: { holder: "notSure" },
    });
    expect(
      screen.getByRole("heading", { level: 1, name: "Check whose name the line is in" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Checa tus líneas/ })).toHaveAttribute(
      "href",
      expect.stringMatching(/^https:/),
    );
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe("identityDocument");
  });
});
