import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { UnrecognisedLineStep } from "../../src/steps/UnrecognisedLineStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

describe("UnrecognisedLineStep", () => {
  it("sends a line the user never took to OSIPTEL's report, which the carrier settles in 3 business days", () => {
    renderStep(<UnrecognisedLineStep />, "unrecognisedLine", { answers: { reason: "unrecognisedLine" } });
    expect(
      screen.getByRole("heading", { level: 1, name: "Report the line you do not recognise" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/is not cancelled like your own/)).toHaveTextContent(
      "press “No reconozco una o más líneas”",
    );
    expect(screen.getByText(/^The carrier must settle it within/)).toHaveTextContent(
      "within 3 business days",
    );
    expect(screen.getByRole("link", { name: "Open “Checa tus líneas” on OSIPTEL's site" })).toHaveAttribute(
      "href",
      expect.stringContaining("osiptel.gob.pe"),
    );
  });

  it("gives a way for someone without a DNI, and the carriers' numbers to ask", () => {
    renderStep(<UnrecognisedLineStep />, "unrecognisedLine", { answers: { reason: "unrecognisedLine" } });
    expect(
      screen.getByText(/^Whether ID Perú checks documents other than a DNI is not known/),
    ).toHaveTextContent("“cuestionamiento de titularidad”");
    expect(screen.getByRole("region", { name: "To ask your carrier" })).toBeInTheDocument();
  });

  it("ends the flow there: no Continue towards a cancellation, only the way back", () => {
    renderStep(<UnrecognisedLineStep />, "unrecognisedLine", { answers: { reason: "unrecognisedLine" } });
    expect(screen.queryByRole("button", { name: "Continue" })).not.toBeInTheDocument();
    expect(screen.getByText(/go back and choose another reason/)).toBeInTheDocument();
  });
});
