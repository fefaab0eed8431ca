import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { FlightDateStep } from "../../src/steps/FlightDateStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

const label = "When do you fly out? (optional)";
const leaving = { reason: "leavingPeru", channel: "store" } as const;

describe("FlightDateStep", () => {
  it("asks for the day as a date field labelled by the question, which is the heading", () => {
    renderStep(<FlightDateStep />, "flightDate", { answers: leaving });
    expect(screen.getByRole("heading", { level: 1, name: label })).toBeInTheDocument();
    const field = screen.getByLabelText(label);
    expect(field).toHaveAttribute("type", "date");
    expect(field).toHaveAccessibleDescription(/the last day to ask/);
  });

  it("keeps the day and goes on to what to bring", async () => {
    const { user, actor, currentStep } = renderStep(<FlightDateStep />, "flightDate", { answers: leaving });
    fireEvent.change(screen.getByLabelText(label), { target: { value: "2026-12-15" } });
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(actor.getSnapshot().context.answers.flightDate).toBe("2026-12-15");
    expect(currentStep()).toBe("documents");
  });

  it("can be left empty by someone who has no date yet", async () => {
    const { user, actor, currentStep } = renderStep(<FlightDateStep />, "flightDate", { answers: leaving });
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(actor.getSnapshot().context.answers.flightDate).toBe("");
    expect(currentStep()).toBe("documents");
  });
});
