import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { BackLink } from "../../src/ui/BackLink.tsx";
import { Layout } from "../../src/ui/Layout.tsx";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

function Page({ onLocaleChange = vi.fn() }: { onLocaleChange?: (locale: string) => void }) {
  return (
    <Layout
      locale="en"
      onLocaleChange={onLocaleChange}
      backLink={<BackLink href="?step=reason" onBack={vi.fn()} />}
    >
      <h1>What state is the line in?</h1>
      <button type="button">Continue</button>
    </Layout>
  );
}

describe("Layout", () => {
  it("the skip link is the first Tab stop, and it targets <main>", async () => {
    const { user } = renderWithText(<Page />);
    await user.tab();
    const skip = screen.getByRole("link", { name: "Skip to main content" });
    expect(skip).toHaveFocus();
    expect(skip).toHaveAttribute("href", "#main");
    expect(screen.getByRole("main")).toHaveAttribute("id", "main");
  });

  it("Tab order: skip link, languages, Back, then the page's own controls", async () => {
    const { user } = renderWithText(<Page />);
    const order = [
      screen.getByRole("link", { name: "Skip to main content" }),
      screen.getByRole("link", { name: "Español" }),
      screen.getByRole("link", { name: "简体中文" }),
      screen.getByRole("link", { name: "Back" }),
      screen.getByRole("button", { name: "Continue" }),
    ];
    for (const element of order) {
      await user.tab();
      expect(element).toHaveFocus();
    }
  });

  it("puts the back link before <main>, outside it, so the skip link passes it", () => {
    renderWithText(<Page />);
    const back = screen.getByRole("link", { name: "Back" });
    const main = screen.getByRole("main");
    expect(main).not.toContainElement(back);
    expect(back.compareDocumentPosition(main) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      within(main).getByRole("heading", { level: 1, name: "What state is the line in?" }),
    ).toBeInTheDocument();
  });

  it("has the app's name and the language switch in the banner; Enter on a language calls onLocaleChange", async () => {
    const onLocaleChange = vi.fn();
    const { user } = renderWithText(<Page onLocaleChange={onLocaleChange} />);
    const banner = screen.getByRole("banner");
    expect(banner).toHaveTextContent("adiós chip");
    const spanish = within(within(banner).getByRole("navigation", { name: "Language" })).getByRole("link", {
      name: "Español",
    });
    spanish.focus();
    await user.keyboard("{Enter}");
    expect(onLocaleChange).toHaveBeenCalledWith("es");
  });

  it("has no WCAG A/AA violations", async () => {
    const { container } = renderWithText(<Page />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
