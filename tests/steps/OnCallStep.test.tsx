import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { OnCallStep } from "../../src/steps/OnCallStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

describe("OnCallStep", () => {
  it("gives the carrier's customer-service numbers from the facts, as phone links, named for what they are", () => {
    renderStep(<OnCallStep />, "onCall", { answers: { carrier: "entel", channel: "phone" } });
    expect(screen.getByRole("heading", { level: 1, name: "On the phone" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "(01) 611 7777" })).toHaveAttribute("href", "tel:016117777");
    expect(screen.getByRole("link", { name: "123" })).toHaveAttribute("href", "tel:123");
    expect(screen.getByRole("region", { name: "To ask Entel" })).toHaveTextContent(
      /^To ask EntelCustomer service \(from older lists/,
    );
  });

  it("says to ask the carrier when the carrier is not known", () => {
    renderStep(<OnCallStep />, "onCall", { answers: { carrier: "other", channel: "phone" } });
    expect(
      screen.getByText(/have no number for this carrier: look on its website or on a bill/),
    ).toBeInTheDocument();
    // The only number to dial is OSIPTEL's, on the way up: none is made up for the carrier.
    const numbers = screen.queryAllByRole("link", { name: /^\d/ });
    expect(numbers.map((link) => link.closest("section")?.querySelector("h2")?.textContent)).toEqual([
      "If the carrier does not act",
    ]);
  });

  it("continues to the balance", async () => {
    const { user, currentStep } = renderStep(<OnCallStep />, "onCall", { answers: { carrier: "bitel" } });
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe("balance");
  });

  it("gives what to say on the call in Spanish, the person's language beside it: the document to read out and the code to ask for", async () => {
    renderStep(<OnCallStep />, "onCall", {
      answers: { carrier: "entel", channel: "phone", identityDocument: "passport", lineNumber: "987654321" },
    });
    const script = await screen.findByRole("region", { name: "Qué decir en la llamada" });
    expect(script).toHaveAttribute("lang", "es-PE");
    expect(script).toHaveTextContent("Hola. Quiero dar de baja esta línea móvil.");
    expect(script).toHaveTextContent(
      "Soy el titular de la línea. Mi documento de identidad: Pasaporte. Le dicto el número.",
    );
    expect(script).toHaveTextContent(
      "I am the holder of the line. My identity document: Passport. I will read you its number.",
    );
    expect(script).toHaveTextContent(/código de pedido/);
    // The request for the code rests on the rule that owes it, named on the card itself, in Spanish.
    const proof = within(script)
      .getByText(/^Por favor, entrégueme/)
      .closest(".spanish-line");
    expect(proof?.nextElementSibling).toHaveTextContent(/^Respaldo: .*osiptel\.gob\.pe \(norma\)/);
  });
});
