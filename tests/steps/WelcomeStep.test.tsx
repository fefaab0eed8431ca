import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { WelcomeStep } from "../../src/steps/WelcomeStep.tsx";
import { renderWithText } from "../support/renderStep.tsx";

describe("WelcomeStep", () => {
  it("says what the app does, that nothing leaves the device, and starts", async () => {
    const onStart = vi.fn();
    const { user } = renderWithText(<WelcomeStep resumable={null} onStart={onStart} />);
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
        resumable={{ stepTitle: "Which carrier is the line with?", savedAt, lineCount: 1 }}
        onStart={vi.fn()}
        onResume={onResume}
        onStartAgain={vi.fn()}
      />,
    );
    // The month in words and no seconds, in the device's own time zone (so the day may differ by one).
    expect(screen.getByText(/You stopped at “Which carrier is the line with\?” on/)).toHaveTextContent(
      /on November (19|20|21), 2026(,| at) \d{1,2}:\d{2}\s?(AM|PM)\.$/,
    );
    expect(screen.getByRole("button", { name: "Start again" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    expect(onResume).toHaveBeenCalledOnce();
  });

  const resumable = { stepTitle: "Your plan", savedAt: new Date("2026-11-20T10:30:00Z"), lineCount: 1 };

  it("asks before starting again, naming the plan and that it is set aside; Cancel keeps everything", async () => {
    const onStartAgain = vi.fn(() => true);
    const { user } = renderWithText(
      <WelcomeStep resumable={resumable} onStart={vi.fn()} onResume={vi.fn()} onStartAgain={onStartAgain} />,
    );
    await user.click(screen.getByRole("button", { name: "Start again" }));
    expect(
      screen.getByRole("heading", { name: "Start again, and set your saved plan aside?" }),
    ).toHaveFocus();
    expect(
      screen.getByText(
        /Your plan, stopped at “Your plan” on .*, with everything in it, is kept on this device/,
      ),
    ).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onStartAgain).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Start again" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Start again" }));
    await user.click(screen.getByRole("button", { name: "Yes, start again" }));
    expect(onStartAgain).toHaveBeenCalledOnce();
  });

  it("asks before starting again with several lines, saying that every line is set aside", async () => {
    const onStartAgain = vi.fn(() => true);
    const { user } = renderWithText(
      <WelcomeStep
        resumable={{ ...resumable, lineCount: 3 }}
        onStart={vi.fn()}
        onResume={vi.fn()}
        onStartAgain={onStartAgain}
      />,
    );
    await user.click(screen.getByRole("button", { name: "Start again" }));
    expect(
      screen.getByText(
        "Your 3 lines, with everything in them, are kept on this device: this page can bring them back.",
      ),
    ).toBeVisible();
    expect(screen.queryByText(/with everything in it, is kept on this device/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Yes, start again" }));
    expect(onStartAgain).toHaveBeenCalledOnce();
  });

  it("says that nothing was replaced when the plan could not be set aside, and still offers Resume", async () => {
    const { user } = renderWithText(
      <WelcomeStep resumable={resumable} onStart={vi.fn()} onResume={vi.fn()} onStartAgain={() => false} />,
    );
    await user.click(screen.getByRole("button", { name: "Start again" }));
    await user.click(screen.getByRole("button", { name: "Yes, start again" }));
    expect(screen.getByRole("alert")).toHaveTextContent("so nothing was replaced");
    expect(screen.getByRole("button", { name: "Resume" })).toBeInTheDocument();
  });
});
