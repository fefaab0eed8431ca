import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ContinueButton } from "../../src/ui/ContinueButton.tsx";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

describe("ContinueButton", () => {
  it("is a button named Continue that Enter and Space both press", async () => {
    const onContinue = vi.fn();
    const { user } = renderWithText(<ContinueButton onContinue={onContinue} />);
    await user.tab();
    expect(screen.getByRole("button", { name: "Continue" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onContinue).toHaveBeenCalledTimes(1);
    await user.keyboard(" ");
    expect(onContinue).toHaveBeenCalledTimes(2);
  });

  it("does not submit a form it sits in", async () => {
    const onSubmit = vi.fn((event: { preventDefault: () => void }) => event.preventDefault());
    const onContinue = vi.fn();
    const { user } = renderWithText(
      <form onSubmit={onSubmit}>
        <ContinueButton onContinue={onContinue} />
      </form>,
    );
    await user.tab();
    await user.keyboard("{Enter}");
    expect(onContinue).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("has no WCAG A/AA violations", async () => {
    const { container } = renderWithText(
      <main>
        <ContinueButton onContinue={vi.fn()} />
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
