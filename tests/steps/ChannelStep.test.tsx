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

  it("states the store to a representative, and why: not by phone, other channels unknown", () => {
    renderStep(<ChannelStep />, "channel", { answers: { holder: "someoneElse", requester: "me" } });
    expect(screen.queryAllByRole("radio")).toEqual([]);
    expect(
      screen.getByRole("heading", { level: 1, name: /In a store — recommended: you leave with the proof/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^A representative cannot ask by phone/)).toHaveTextContent(
      "Whether the carrier takes a representative's request by its app or in writing is not known: ask it",
    );
    expect(screen.queryByText(/can only ask in person/)).not.toBeInTheDocument();
  });

  it("offers every channel to an heir, for the cancellation once the line is theirs", () => {
    renderStep(<ChannelStep />, "channel", { answers: { holder: "deceased" } });
    expect(screen.getAllByRole("radio")).toHaveLength(3);
    expect(screen.getByRole("group")).toHaveAccessibleDescription(/once the line is in your name/);
  });

  it("leaves the app out when the SIM cannot receive its code, and says why", () => {
    renderStep(<ChannelStep />, "channel", { answers: { holder: "me", cardStatus: "stolen" } });
    expect(screen.getAllByRole("radio").map((radio) => radio.getAttribute("value"))).toEqual([
      "store",
      "phone",
    ]);
    expect(screen.getByRole("group")).toHaveAccessibleDescription(/which the SIM cannot receive now/);
  });

  it("moves to the personalised document list", async () => {
    const { user, currentStep } = renderStep(<ChannelStep />, "channel", { answers: { holder: "me" } });
    await user.click(screen.getByLabelText("By phone"));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe("documents");
  });
});
