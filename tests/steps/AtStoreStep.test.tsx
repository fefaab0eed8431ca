import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { AtStoreStep } from "../../src/steps/AtStoreStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

describe("AtStoreStep", () => {
  it("tells what to do at the carrier's store and to ask for the proof", async () => {
    renderStep(<AtStoreStep />, "atStore", {
      answers: { carrier: "claro", identityDocument: "dni", channel: "store" },
    });
    expect(screen.getByRole("heading", { level: 1, name: "At the store" })).toBeInTheDocument();
    expect(screen.getByText(/Go to a Claro store/)).toBeInTheDocument();
    expect(screen.getByText(/Do not leave without it/)).toBeInTheDocument();
  });

  it("shows the staff card in Spanish with the line number", async () => {
    renderStep(<AtStoreStep />, "atStore", {
      answers: { carrier: "claro", lineNumber: "987654321", identityDocument: "dni", channel: "store" },
    });
    const card = await screen.findByRole("region", { name: "Para el personal de la tienda" });
    expect(card).toHaveAttribute("lang", "es-PE");
    expect(card).toHaveTextContent("Quiero dar de baja esta línea móvil.");
    expect(card).toHaveTextContent("Número de la línea: 987654321");
  });
});
