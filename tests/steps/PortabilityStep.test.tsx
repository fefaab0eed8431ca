import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/flow/answers.ts";
import { PortabilityStep } from "../../src/steps/PortabilityStep.tsx";
import { noteOf } from "../support/noteOf.ts";
import { renderStep } from "../support/renderStep.tsx";

const keeper: Answers = {
  reason: "switchingCarrier",
  keepNumber: "yes",
  whereabouts: "inPeru",
  cardStatus: "working",
};

const show = (answers: Answers = keeper) => renderStep(<PortabilityStep />, "portability", { answers });

describe("PortabilityStep", () => {
  it("sends the switcher to the new carrier, never to ask the old one for a cancellation", () => {
    show();
    expect(
      screen.getByRole("heading", { level: 1, name: "Keep your number: ask the new carrier to port it" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Do not ask your carrier for a cancellation/)).toBeInTheDocument();
    expect(screen.getByText(/within 24 hours/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Continue" })).not.toBeInTheDocument();
  });

  it("says the port ends the old contract, citing the 2017 portability form", () => {
    show();
    const contractEnds = screen.getByText(/The port itself ends your contract/).closest("p") ?? undefined;
    expect(noteOf(contractEnds)).toHaveTextContent(/scribd\.com/);
  });

  it("says plainly what our sources do not: instalments still to come, and a prepaid balance", () => {
    show();
    expect(screen.getByText(/our sources do not say what becomes of the instalments/)).toBeInTheDocument();
    expect(screen.getByText(/Our sources do not say whether a prepaid balance moves/)).toBeInTheDocument();
    expect(screen.queryByText(/ticandlegal/)).not.toBeInTheDocument();
  });

  it("a line suspended for debt cannot be ported: pay first, or cancel instead", () => {
    show({ ...keeper, cardStatus: "suspendedForDebt" });
    expect(screen.getByText(/a suspended line cannot be ported/)).toBeInTheDocument();
    expect(screen.getByText(/Or cancel the line instead/)).toBeInTheDocument();
  });

  it.each(["damaged", "stolen"] as const)(
    "a %s SIM is replaced first: the PIN comes by SMS",
    (cardStatus) => {
      show({ ...keeper, cardStatus });
      expect(screen.getByText(/first get a replacement SIM/)).toBeInTheDocument();
      expect(screen.queryByText(/a suspended line cannot be ported/)).not.toBeInTheDocument();
    },
  );

  it("abroad, the PIN arrives only with roaming on", () => {
    show({ ...keeper, whereabouts: "abroad" });
    expect(
      screen.getByText(/outside Peru it arrives only if the carrier has switched on roaming/),
    ).toBeInTheDocument();
  });

  it("abroad with a stolen SIM, says both: a replacement first, and that the PIN reaches a SIM abroad only with roaming", () => {
    show({ ...keeper, whereabouts: "abroad", cardStatus: "stolen" });
    expect(screen.getByText(/first get a replacement SIM/)).toBeInTheDocument();
    expect(
      screen.getByText(/outside Peru it arrives only if the carrier has switched on roaming/),
    ).toBeInTheDocument();
  });
});
