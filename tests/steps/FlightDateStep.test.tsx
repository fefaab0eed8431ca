import { fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FlightDateStep } from "../../src/steps/FlightDateStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

const label = "When do you fly out? (optional)";
const leaving = { reason: "leavingPeru", whereabouts: "leaving" } as const;

describe("FlightDateStep", () => {
  // Noon in Lima on Saturday 5 December 2026: the day the question counts from.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-05T17:00:00Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("asks for the day as a date field labelled by the question, which is the heading", () => {
    renderStep(<FlightDateStep />, "flightDate", { answers: leaving });
    expect(screen.getByRole("heading", { level: 1, name: label })).toBeInTheDocument();
    const field = screen.getByLabelText(label);
    expect(field).toHaveAttribute("type", "date");
    expect(field).toHaveAccessibleDescription(/the last day to ask/);
  });

  it("keeps the day and goes on to the state of the card", async () => {
    const { user, actor, currentStep } = renderStep(<FlightDateStep />, "flightDate", { answers: leaving });
    fireEvent.change(screen.getByLabelText(label), { target: { value: "2026-12-15" } });
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(actor.getSnapshot().context.answers.flightDate).toBe("2026-12-15");
    expect(currentStep()).toBe("cardStatus");
  });

  it("takes a flight today, the last day a person still in Peru can ask", async () => {
    const { user, actor, currentStep } = renderStep(<FlightDateStep />, "flightDate", { answers: leaving });
    fireEvent.change(screen.getByLabelText(label), { target: { value: "2026-12-05" } });
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(actor.getSnapshot().context.answers.flightDate).toBe("2026-12-05");
    expect(currentStep()).toBe("cardStatus");
  });

  it("refuses a day already past, with a message linked from the error summary, and stays", async () => {
    const { user, actor, currentStep } = renderStep(<FlightDateStep />, "flightDate", { answers: leaving });
    fireEvent.change(screen.getByLabelText(label), { target: { value: "2026-12-04" } });
    await user.click(screen.getByRole("button", { name: "Continue" }));
    const message = /Your flight's date has passed: enter a date from today on, or leave it empty/;
    expect(screen.getByRole("link", { name: message })).toHaveAttribute("href", "#flightDate");
    expect(screen.getByLabelText(label)).toHaveAccessibleDescription(message);
    expect(actor.getSnapshot().context.answers.flightDate).toBeUndefined();
    expect(currentStep()).toBe("flightDate");
  });

  it("can be left empty by someone who has no date yet", async () => {
    const { user, actor, currentStep } = renderStep(<FlightDateStep />, "flightDate", { answers: leaving });
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(actor.getSnapshot().context.answers.flightDate).toBe("");
    expect(currentStep()).toBe("cardStatus");
  });
});
