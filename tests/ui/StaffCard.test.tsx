import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { StaffCard, type StaffCardLine } from "../../src/ui/StaffCard.tsx";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

const lines: StaffCardLine[] = [
  { spanish: "Hola. Quiero dar de baja esta línea móvil.", own: "Hello. I want to cancel this mobile line." },
  { spanish: "Número de la línea: 987 654 321", own: "Line number: 987 654 321" },
];

function Card({ ownLang }: { ownLang: string }) {
  return (
    <main>
      <StaffCard title="Para el personal de la tienda" lines={lines} ownLang={ownLang} />
    </main>
  );
}

describe("StaffCard", () => {
  it("is a region named by its title, in Peruvian Spanish", () => {
    renderWithText(<Card ownLang="en" />);
    const card = screen.getByRole("region", { name: "Para el personal de la tienda" });
    expect(card).toHaveAttribute("lang", "es-PE");
    expect(screen.getByRole("heading", { name: "Para el personal de la tienda" })).toBeInTheDocument();
    for (const line of lines) {
      expect(screen.getByText(line.spanish)).toHaveAttribute("lang", "es-PE");
    }
  });

  it("gives each line in the user's language too, marked with that language", () => {
    renderWithText(<Card ownLang="zh-CN" />);
    for (const line of lines) {
      expect(screen.getByText(line.spanish)).toBeInTheDocument();
      expect(screen.getByText(line.own)).toHaveAttribute("lang", "zh-CN");
    }
  });

  it.each(["es-PE", "es"])(
    "leaves the translation out when the user's language is Spanish (%s)",
    (ownLang) => {
      renderWithText(<Card ownLang={ownLang} />);
      for (const line of lines) {
        expect(screen.getByText(line.spanish)).toBeInTheDocument();
        expect(screen.queryByText(line.own)).not.toBeInTheDocument();
      }
    },
  );

  it("is something to show, not to use: no Tab stop in it", async () => {
    const { user } = renderWithText(<Card ownLang="en" />);
    await user.tab();
    expect(document.body).toHaveFocus();
  });

  it.each(["en", "es-PE"])("has no WCAG A/AA violations (user's language %s)", async (ownLang) => {
    const { container } = renderWithText(<Card ownLang={ownLang} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
