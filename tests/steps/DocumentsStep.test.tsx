import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DocumentsStep } from "../../src/steps/DocumentsStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

const itemLabels = () =>
  screen.getAllByRole<HTMLInputElement>("checkbox").map((box) => box.labels?.[0]?.textContent);

describe("DocumentsStep", () => {
  it("lists the documents for these answers, each with why it is there", () => {
    renderStep(<DocumentsStep />, "documents", {
      answers: {
        planType: "postpaid",
        carrier: "movistar",
        holder: "me",
        identityDocument: "dni",
        channel: "store",
      },
    });
    expect(itemLabels()).toEqual([
      "DNI (original and photocopy)",
      "The contract or a recent bill",
      "The SIM card, in its phone",
    ]);
    expect(
      screen.getByRole("checkbox", { name: "The contract or a recent bill" }),
    ).toHaveAccessibleDescription(/^Our advice: It shows whether a phone came with a fixed-term contract/);
  });

  it("ticks an item as ready and keeps the tick in the machine", async () => {
    const { user, actor } = renderStep(<DocumentsStep />, "documents", {
      answers: { identityDocument: "passport", channel: "store" },
    });
    await user.click(screen.getByRole("checkbox", { name: "Passport (original and photocopy)" }));
    expect(screen.getByRole("checkbox", { name: "Passport (original and photocopy)" })).toBeChecked();
    expect(actor.getSnapshot().context.ticks).toEqual(["passport"]);
    await user.click(screen.getByRole("checkbox", { name: "Passport (original and photocopy)" }));
    expect(actor.getSnapshot().context.ticks).toEqual([]);
  });

  it.each([
    ["store", "atStore"],
    ["phone", "onCall"],
    ["online", "online"],
  ] as const)("after the list, the %s channel leads to %s", async (channel, next) => {
    const { user, currentStep } = renderStep(<DocumentsStep />, "documents", {
      answers: { identityDocument: "dni", channel },
    });
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe(next);
  });
});
