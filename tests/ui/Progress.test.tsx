import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { activateLocale } from "../../src/i18n/i18n.ts";
import { Progress } from "../../src/ui/Progress.tsx";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

describe("Progress", () => {
  it("says which part of how many, and its name, as text", () => {
    renderWithText(
      <main>
        <Progress number={2} total={4} part="line" />
      </main>,
    );
    expect(screen.getByText("Part 2 of 4: your line")).toBeInTheDocument();
  });

  it("says it in the reader's language", async () => {
    await activateLocale("es");
    try {
      renderWithText(
        <main>
          <Progress number={2} total={4} part="line" />
        </main>,
      );
      expect(screen.getByText("Parte 2 de 4: tu línea")).toBeInTheDocument();
    } finally {
      await activateLocale("en");
    }
  });

  it("has no WCAG A/AA violations", async () => {
    const { container } = renderWithText(
      <main>
        <Progress number={2} total={4} part="line" />
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
