import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DamagedSimStep } from "../../src/steps/DamagedSimStep.tsx";
import { noteOf } from "../support/noteOf.ts";
import { renderStep } from "../support/renderStep.tsx";

describe("DamagedSimStep", () => {
  it("counts on nothing from the old SIM: no code will reach it, a new one comes in person at a store", async () => {
    const { user, currentStep } = renderStep(<DamagedSimStep />, "damagedSim", {
      answers: { cardStatus: "damaged" },
    });
    expect(screen.getByRole("heading", { level: 1, name: "The SIM is damaged" })).toBeInTheDocument();
    expect(noteOf(screen.getByText(/cannot reach a damaged SIM/))).toHaveTextContent("(our inference)");
    expect(screen.getByText(/ask for a replacement SIM/)).toHaveTextContent(
      "at a store, in person: under the new rules (their start date is not confirmed) the carrier gives it within 4 hours of checking your identity",
    );
    expect(screen.getByText(/To cancel without a replacement/)).toHaveTextContent(/^Our advice:/);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe("planType");
  });
});
