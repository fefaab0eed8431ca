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
    expect(screen.getByText(/Go to one of Claro's stores/)).toBeInTheDocument();
    expect(screen.getByText(/Do not leave without it/)).toBeInTheDocument();
  });

  it("where store addresses are not known, says to ask, with the carrier's numbers on the same page", () => {
    renderStep(<AtStoreStep />, "atStore", { answers: { carrier: "entel", channel: "store" } });
    expect(screen.getByText(/Store addresses and opening hours are not in our sources/)).toBeInTheDocument();
    const contact = screen.getByRole("region", { name: "To ask Entel" });
    expect(contact).toHaveTextContent(
      "Customer service (from older lists: if a number does not answer, look on the carrier’s website): 123",
    );
    expect(screen.getByRole("link", { name: "(01) 611 7777" })).toHaveAttribute("href", "tel:016117777");
  });

  it("for Bitel, links to Bitel's own list of stores", () => {
    renderStep(<AtStoreStep />, "atStore", { answers: { carrier: "bitel", channel: "store" } });
    expect(
      screen.getByRole("link", { name: "Find the nearest store on Bitel's list of stores" }),
    ).toHaveAttribute("href", "https://bitel.com.pe/centros-de-atencion");
    expect(
      screen.queryByText(/Store addresses and opening hours are not in our sources/),
    ).not.toBeInTheDocument();
  });

  it("a representative's card says, in Spanish, that they act for the holder", async () => {
    renderStep(<AtStoreStep />, "atStore", {
      answers: { carrier: "claro", holder: "someoneElse", requester: "me", channel: "store" },
    });
    const card = await screen.findByRole("region", { name: "Para el personal de la tienda" });
    expect(card).toHaveTextContent("Vengo en representación del titular de la línea.");
  });

  it("an heir's store visit, once the line is theirs, asks for the cancellation with the heir's own ID", async () => {
    renderStep(<AtStoreStep />, "atStore", {
      answers: { carrier: "entel", holder: "deceased", channel: "store", identityDocument: "dni" },
    });
    const card = await screen.findByRole("region", { name: "Para el personal de la tienda" });
    expect(card).toHaveTextContent("Quiero dar de baja");
    expect(card).not.toHaveTextContent("acta de defunción");
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
