import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { activateLocale } from "../../src/i18n/i18n.ts";
import { Progress } from "../../src/ui/Progress.tsx";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

describe("Progress", () => {
  it("says which step of how many, as text", () => {
    renderWithText(
      <main>
        <Progress current={3} total={9} />
      </main>,
    );
    expect(screen.getByText("Step 3 of 9")).toBeInTheDocument();
  });

  it("says it in the reader's language", async () => {
    await activateLocale("es");
    try {
      renderWithText(
        <main>
          <Progress current={3} total={9} />
        </main>,
      );
      expect(screen.getByText("Paso 3 de 9")).toBeInTheDocument();
    } finally {
      await activateLocale("en");
    }
  });

  it("has no WCAG A/AA violations", async () => {
    const { container } = renderWithText(
      <main>
        <Progress current={3} total={9} />
      </main>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
