import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { InfoPage } from "../../src/ui/InfoPage.tsx";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

function Page({ onContinue }: { onContinue: () => void }) {
  return (
    <main>
      <InfoPage title="Pay any debt first" onContinue={onContinue}>
        <p>
          The carrier will not cancel a line that owes money. <a href="#how">How to pay</a>
        </p>
      </InfoPage>
    </main>
  );
}

describe("InfoPage", () => {
  it("has the title as its one h1, the content, then Continue", () => {
    renderWithText(<Page onContinue={vi.fn()} />);
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(screen.getByRole("heading", { level: 1, name: "Pay any debt first" })).toBeInTheDocument();
    expect(screen.getByText(/will not cancel a line/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Continue" })).toBeInTheDocument();
  });

  it("the heading can take focus (for a new page) without being a Tab stop", async () => {
    const { user } = renderWithText(<Page onContinue={vi.fn()} />);
    const heading = screen.getByRole("heading", { level: 1, name: "Pay any debt first" });
    heading.focus();
    expect(heading).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("link", { name: "How to pay" })).toHaveFocus();
    await user.tab({ shift: true });
    expect(heading).not.toHaveFocus();
  });

  it("Tab passes the content's link to Continue, which Enter presses", async () => {
    const onContinue = vi.fn();
    const { user } = renderWithText(<Page onContinue={onContinue} />);
    await user.tab();
    expect(screen.getByRole("link", { name: "How to pay" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Continue" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(onContinue).toHaveBeenCalledTimes(1);
  });

  it("has no WCAG A/AA violations", async () => {
    const { container } = renderWithText(<Page onContinue={vi.fn()} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
