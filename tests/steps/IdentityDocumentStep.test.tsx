import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { IdentityDocumentStep } from "../../src/steps/IdentityDocumentStep.tsx";
import { renderStep } from "../support/renderStep.tsx";

describe("IdentityDocumentStep", () => {
  it("offers DNI, CE, passport, the PTP and the CPP apart, and another document", () => {
    renderStep(<IdentityDocumentStep />, "identityDocument");
    const group = screen.getByRole("group", { name: "Which identity document will you show?" });
    expect(group).toHaveAccessibleDescription(/registered with/);
    for (const label of [
      "DNI",
      "Carné de Extranjería (CE)",
      "Passport",
      "PTP (Permiso Temporal de Permanencia)",
      "CPP (Carné de Permiso Temporal de Permanencia)",
      "Another document",
    ]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
  });

  it("stores the document and asks how to make the request", async () => {
    const { user, actor } = renderStep(<IdentityDocumentStep />, "identityDocument");
    await user.click(screen.getByLabelText("Passport"));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(actor.getSnapshot().context.answers.identityDocument).toBe("passport");
    expect(actor.getSnapshot().value).toBe("channel");
  });
});
