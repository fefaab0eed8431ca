import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CarrierStep } from "../../src/steps/CarrierStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

describe("CarrierStep", () => {
  it("offers the four carriers, another and not sure", () => {
    renderStep(<CarrierStep />, "carrier");
    const names = screen.getAllByRole("radio").map((radio) => radio.getAttribute("value"));
    expect(names).toEqual(["claro", "movistar", "entel", "bitel", "other", "notSure"]);
    expect(
      screen.getByRole("group", { name: "Which carrier is the line with?" }),
    ).toHaveAccessibleDescription(/logo on the SIM card/);
  });

  it("stores the carrier and asks for the line number next", async () => {
    const { user, actor } = renderStep(<CarrierStep />, "carrier");
    await user.click(screen.getByLabelText("Movistar"));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(actor.getSnapshot().context.answers.carrier).toBe("movistar");
    expect(actor.getSnapshot().value).toBe("lineNumber");
  });
});
