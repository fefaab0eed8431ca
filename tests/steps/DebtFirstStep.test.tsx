import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DebtFirstStep } from "../../src/steps/DebtFirstStep.tsx";
import { noteOf } from "../support/noteOf.ts";
import { renderStep } from "../support/renderStep.tsx";

describe("DebtFirstStep", () => {
  it("says the debt does not stop the cancellation but must be paid, with the source", async () => {
    const { user, currentStep } = renderStep(<DebtFirstStep />, "debtFirst", {
      answers: { cardStatus: "suspendedForDebt" },
    });
    expect(
      screen.getByRole("heading", { level: 1, name: "The line is suspended for unpaid bills" }),
    ).toBeInTheDocument();
    expect(noteOf(screen.getByText(/not a valid reason for the carrier to refuse/))).toHaveTextContent(
      "hbanoticias.pe (press)",
    );
    expect(noteOf(screen.getByText(/must still be paid/))).toHaveTextContent("hbanoticias.pe (press)");
    expect(screen.getAllByRole("link", { name: "hbanoticias.pe" })).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe("planType");
  });
});
