import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ChoiceStep } from "../../src/steps/ChoiceStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

describe("ChoiceStep for a question the other answers leave one answer to", () => {
  it("states the answer instead of asking, and Continue gives it", async () => {
    const { user, actor, currentStep } = renderStep(<ChoiceStep question="channel" />, "channel", {
      answers: { holder: "someoneElse", requester: "me" },
    });
    expect(screen.queryAllByRole("radio")).toEqual([]);
    expect(
      screen.getByRole("heading", {
        level: 1,
        name: "How to ask: In a store — recommended: you leave with the proof",
      }),
    ).toBeInTheDocument();
    expect(screen.getByText("This is the only answer that fits what you have told us.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).not.toBe("channel");
    expect(actor.getSnapshot().context.answers.channel).toBe("store");
  });

  it("does so for any choice question: the holder, when the reason is the holder's death", async () => {
    const { user, actor } = renderStep(<ChoiceStep question="holder" />, "holder", {
      answers: { reason: "holderDied" },
    });
    expect(screen.queryAllByRole("radio")).toEqual([]);
    expect(
      screen.getByRole("heading", { level: 1, name: "Holder: The holder has died" }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(actor.getSnapshot().context.answers.holder).toBe("deceased");
  });

  it("asks as usual when more than one answer fits", () => {
    renderStep(<ChoiceStep question="channel" />, "channel", { answers: { holder: "me" } });
    expect(
      screen.getByRole("group", { name: "How do you want to ask for the cancellation?" }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole("radio").length).toBeGreaterThan(1);
  });
});
