import { screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { LanguageSwitch } from "../../src/ui/LanguageSwitch.tsx";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

describe("LanguageSwitch", () => {
  it("is a navigation named Language, each other language a link to its own address, named in itself", () => {
    renderWithText(<LanguageSwitch current="en" onChange={vi.fn()} />);
    const nav = screen.getByRole("navigation", { name: "Language" });
    const spanish = within(nav).getByRole("link", { name: "Español" });
    expect(spanish).toHaveAttribute("lang", "es");
    expect(spanish).toHaveAttribute("hreflang", "es");
    expect(spanish).toHaveAttribute("href", "/es/");
    const chinese = within(nav).getByRole("link", { name: "简体中文" });
    expect(chinese).toHaveAttribute("lang", "zh");
    expect(chinese).toHaveAttribute("hreflang", "zh");
    expect(chinese).toHaveAttribute("href", "/zh/");
  });

  it("marks the current language as current, in its own language, and not as a link", () => {
    renderWithText(<LanguageSwitch current="es" onChange={vi.fn()} />);
    expect(screen.queryByRole("link", { name: "Español" })).not.toBeInTheDocument();
    const current = screen.getByText("Español");
    expect(current).toHaveAttribute("aria-current", "true");
    expect(current).toHaveAttribute("lang", "es");
    expect(screen.getByRole("link", { name: "English" })).toHaveAttribute("lang", "en");
    expect(screen.getAllByRole("link")).toHaveLength(2);
  });

  it("Tab goes through the other languages only; Enter switches, without following the link", async () => {
    const onChange = vi.fn();
    const { user } = renderWithText(<LanguageSwitch current="en" onChange={onChange} />);
    const defaultPrevented: boolean[] = [];
    const record = (event: Event) => defaultPrevented.push(event.defaultPrevented);
    document.addEventListener("click", record);
    try {
      await user.tab();
      expect(screen.getByRole("link", { name: "Español" })).toHaveFocus();
      await user.keyboard("{Enter}");
      expect(onChange).toHaveBeenLastCalledWith("es");
      await user.tab();
      expect(screen.getByRole("link", { name: "简体中文" })).toHaveFocus();
      await user.keyboard("{Enter}");
      expect(onChange).toHaveBeenLastCalledWith("zh");
    } finally {
      document.removeEventListener("click", record);
    }
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(defaultPrevented).toEqual([true, true]);
  });

  it("has no WCAG A/AA violations", async () => {
    const { container } = renderWithText(<LanguageSwitch current="zh" onChange={vi.fn()} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
