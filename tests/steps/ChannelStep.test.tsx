import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ChannelStep } from "../../src/steps/ChannelStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

describe("ChannelStep", () => {
  it("offers a store, the phone and the app to the holder", () => {
    renderStep(<ChannelStep />, "channel", { answers: { holder: "me" } });
    expect(screen.getAllByRole("radio").map((radio) => radio.getAttribute("value"))).toEqual([
      "store",
      "phone",
      "online",
    ]);
  });

  it.each(["someoneElse", "deceased"] as const)("offers only the store when the holder is %s", (holder) => {
    renderStep(<ChannelStep />, "channel", { answers: { holder } });
    expect(screen.getAllByRole("radio")).toHaveLength(1);
    expect(screen.getByLabelText("In a store — recommended: you leave with the proof")).toBeInTheDocument();
    expect(screen.getByRole("group")).toHaveAccessibleDescription(/only ask in person/);
  });

  it("moves to the personalised document list", async () => {
    const { user, currentStep } = renderStep(<ChannelStep />, "channel", { answers: { holder: "me" } });
    await user.click(screen.getByLabelText("By phone"));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe("documents");
  });
});
