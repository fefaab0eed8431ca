import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { BackLink } from "../../src/ui/BackLink.tsx";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

describe("BackLink", () => {
  it("is a link named Back that keeps its address, so it still works opened in a new tab", () => {
    renderWithText(<BackLink href="#/reason" onBack={vi.fn()} />);
    expect(screen.getByRole("link", { name: "Back" })).toHaveAttribute("href", "#/reason");
  });

  it("Enter goes back through onBack, and the browser does not follow the link", async () => {
    const onBack = vi.fn();
    const { user } = renderWithText(<BackLink href="#/reason" onBack={onBack} />);
    const defaultPrevented: boolean[] = [];
    const record = (event: Event) => defaultPrevented.push(event.defaultPrevented);
    document.addEventListener("click", record);
    try {
      await user.tab();
      expect(screen.getByRole("link", { name: "Back" })).toHaveFocus();
      await user.keyboard("{Enter}");
    } finally {
      document.removeEventListener("click", record);
    }
    expect(onBack).toHaveBeenCalledTimes(1);
    expect(defaultPrevented).toEqual([true]);
  });

  it("has no WCAG A/AA violations", async () => {
    const { container } = renderWithText(<BackLink href="#/reason" onBack={vi.fn()} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
