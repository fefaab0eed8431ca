import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { carrierFacts } from "../../src/content/carriers/index.ts";
import { BlockFirstStep } from "../../src/steps/BlockFirstStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

describe("BlockFirstStep", () => {
  it("says it is urgent and lists each carrier's numbers from the facts", () => {
    renderStep(<BlockFirstStep />, "blockFirst", { answers: { cardStatus: "stolen" } });
    expect(
      screen.getByRole("heading", { level: 1, name: "First, block the line and the phone — now" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/This is urgent/)).toBeInTheDocument();
    for (const carrier of Object.values(carrierFacts)) {
      const row = screen.getByRole("row", { name: new RegExp(carrier.name) });
      expect(within(row).getByText(String(carrier.lossAndTheft.ownLine.value))).toBeInTheDocument();
      expect(within(row).getByText(String(carrier.lossAndTheft.anyPhone.value))).toBeInTheDocument();
    }
    expect(screen.getAllByRole("link", { name: "caretas.pe" }).length).toBeGreaterThan(0);
  });

  it("asks for a police report after a theft, not after a loss", () => {
    const { unmount } = renderStep(<BlockFirstStep />, "blockFirst", { answers: { cardStatus: "stolen" } });
    expect(screen.getByText(/^Report it to the police \(PNP\)\./)).toBeInTheDocument();
    unmount();
    renderStep(<BlockFirstStep />, "blockFirst", { answers: { cardStatus: "lost" } });
    expect(screen.queryByText(/^Report it to the police \(PNP\)\./)).not.toBeInTheDocument();
  });

  it("says the report blocks the phone's IMEI too, even with the phone still in hand", () => {
    renderStep(<BlockFirstStep />, "blockFirst", { answers: { cardStatus: "lost" } });
    expect(screen.getByText(/The report suspends the line and blocks the phone's IMEI/)).toHaveTextContent(
      "even if you still have the phone",
    );
  });

  it("before the carrier is asked, gives every carrier's customer-service numbers, since it says to ask the carrier", () => {
    renderStep(<BlockFirstStep />, "blockFirst", { answers: { cardStatus: "stolen" } });
    const contacts = screen.getByRole("region", { name: "To ask your carrier" });
    expect(
      within(contacts)
        .getAllByRole("listitem")
        .map((item) => item.querySelector("strong")?.textContent),
    ).toEqual(["Claro ", "Movistar ", "Entel ", "Bitel "]);
    expect(within(contacts).getByRole("link", { name: "104" })).toHaveAttribute("href", "tel:104");
  });

  it("shows Claro's replacement rule only for a Claro line", () => {
    const { unmount } = renderStep(<BlockFirstStep />, "blockFirst", {
      answers: { cardStatus: "lost", carrier: "claro" },
    });
    expect(screen.getByText(/^Claro, for a prepaid line: a line blocked/)).toHaveTextContent(
      "within 90 days",
    );
    expect(screen.getByText(/^Claro, for a prepaid line: a line blocked/)).toHaveTextContent(
      "For a postpaid line the source says nothing: ask Claro.",
    );
    unmount();
    for (const answers of [{ cardStatus: "lost" }, { cardStatus: "lost", carrier: "movistar" }] as const) {
      const { unmount: leave } = renderStep(<BlockFirstStep />, "blockFirst", { answers });
      expect(screen.queryByText(/^Claro, for a prepaid line: a line blocked/)).not.toBeInTheDocument();
      leave();
    }
  });

  it.each([
    ["damaged", "damagedSim"],
    ["suspendedForDebt", "debtFirst"],
    ["working", "planType"],
  ] as const)("with the card %s, Continue goes on to %s", async (cardStatus, next) => {
    const { user, currentStep } = renderStep(<BlockFirstStep />, "blockFirst", {
      answers: { reason: "lostOrStolen", cardStatus },
    });
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe(next);
  });
});
