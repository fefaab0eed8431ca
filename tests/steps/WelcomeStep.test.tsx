import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { WelcomeStep } from "../../src/steps/WelcomeStep.tsx";
import { renderWithText } from "../support/renderStep.tsx";

describe("WelcomeStep", () => {
  it("says what the app does, that nothing leaves the device, and starts", async () => {
    const onStart = vi.fn();
    const { user } = renderWithText(<WelcomeStep resumable={null} onStart={onStart} onResume={vi.fn()} />);
    expect(
      screen.getByRole("heading", { level: 1, name: "Cancel your Peruvian mobile line" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Nothing is sent anywhere/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Resume" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Start" }));
    expect(onStart).toHaveBeenCalledOnce();
  });

  it("offers to resume a saved session, saying where and when it stopped", async () => {
    const onResume = vi.fn();
    const savedAt = new Date("2026-11-20T10:30:00Z");
    const { user } = renderWithText(
      <WelcomeStep
        resumable={{ stepTitle: "Which carrier is the line with?", savedAt }}
        onStart={vi.fn()}
        onResume={onResume}
      />,
    );
    expect(screen.getByText(/You stopped at “Which carrier is the line with\?” on/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Start again" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    expect(onResume).toHaveBeenCalledOnce();
  });
});
