import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { OnlineStep } from "../../src/steps/OnlineStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

describe("OnlineStep", () => {
  it("names the carrier's app and warns that it may need the SIM", () => {
    renderStep(<OnlineStep />, "online", { answers: { carrier: "movistar", channel: "online" } });
    expect(screen.getByRole("heading", { level: 1, name: "Online, in the app" })).toBeInTheDocument();
    expect(screen.getByText(/Download Mi Movistar/)).toBeInTheDocument();
    expect(screen.getByText(/while the SIM still works/)).toBeInTheDocument();
  });

  it("says to ask the carrier when the carrier is not known", () => {
    renderStep(<OnlineStep />, "online", { answers: { carrier: "notSure", channel: "online" } });
    expect(
      screen.getByText("Our sources do not name this carrier's app: ask the carrier."),
    ).toBeInTheDocument();
  });
});
