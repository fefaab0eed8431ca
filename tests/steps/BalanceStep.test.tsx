import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BalanceStep } from "../../src/steps/BalanceStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

describe("BalanceStep", () => {
  it("for prepaid, advises using the balance up, and says nothing of a final bill", () => {
    renderStep(<BalanceStep />, "balance", { answers: { planType: "prepaid" } });
    expect(screen.getByText(/treat it as lost. Use it up first/)).toBeInTheDocument();
    expect(screen.queryByText(/final bill/)).not.toBeInTheDocument();
  });

  it("for postpaid, explains the final bill and the phone contract penalty", () => {
    renderStep(<BalanceStep />, "balance", { answers: { planType: "postpaid" } });
    expect(screen.getByText(/You will get a final bill/)).toBeInTheDocument();
    expect(screen.getByText(/before the billing cycle closes/)).toBeInTheDocument();
    expect(screen.queryByText(/Use it up first/)).not.toBeInTheDocument();
  });

  it("always gives the 5-day deadline and the regulator's Quiero salirme form", () => {
    renderStep(<BalanceStep />, "balance", {
      answers: { planType: "prepaid", cardStatus: "suspendedForDebt" },
    });
    expect(screen.getByText(/has 5 business days/)).toBeInTheDocument();
    expect(screen.getByText(/The debt must be paid/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Quiero salirme" })).toHaveAttribute(
      "href",
      "https://serviciosweb.osiptel.gob.pe/formularios/quierosalirme",
    );
  });
});
