import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { HolderAdviceStep } from "../../src/steps/HolderAdviceStep.tsx";
import { noteOf } from "../support/noteOf.ts";
import { renderStep } from "../support/renderStep.tsx";

describe("HolderAdviceStep", () => {
  it("for someone else's Bitel line, gives Bitel's notarised carta poder rule with Bitel's page as source", () => {
    renderStep(<HolderAdviceStep />, "holderAdvice", {
      answers: { holder: "someoneElse", carrier: "bitel" },
    });
    expect(
      screen.getByRole("heading", { level: 1, name: "The line is in someone else's name" }),
    ).toBeInTheDocument();
    expect(
      noteOf(
        screen.getByText(
          /signature certified by a notary \(“firma legalizada”\), issued at most 1 month before/,
        ),
      ),
    ).toHaveTextContent("bitel.com.pe (carrier)");
    expect(screen.getByText(/A representative cannot ask by phone/)).toBeInTheDocument();
    expect(
      screen.getByText(
        /^The holder can ask for the cancellation by phone, in the carrier's app or at a store/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/^The sources differ/)).toHaveTextContent(
      "while the earlier rules let a representative ask, though not by phone; a newer norm replaces them, but when it took effect is not confirmed.",
    );
    expect(screen.getByText(/^The sources differ/)).not.toHaveTextContent("now replaced");
    expect(screen.getByText(/^The sources differ/)).not.toHaveTextContent(
      "let a representative ask in person",
    );
    expect(screen.getByText(/authorised contact/)).toHaveTextContent(
      "Whether a cancellation is one of them is not known",
    );
  });

  it("for someone else's line at another carrier, says the sources do not tell, and to ask that carrier", () => {
    renderStep(<HolderAdviceStep />, "holderAdvice", {
      answers: { holder: "someoneElse", carrier: "entel" },
    });
    // A gap in the sources, said as such: not marked as our advice.
    const gap = screen.getByText(/What Entel asks of a representative is not in our sources/);
    expect(gap).toHaveAttribute("data-basis", "notInSources");
    expect(gap).not.toHaveTextContent(/^Our advice:/);
    expect(screen.queryByText(/certified by a notary/)).not.toBeInTheDocument();
    expect(screen.getByRole("region", { name: "To ask Entel" })).toHaveTextContent(
      "Customer service (from older lists: if a number does not answer, look on the carrier’s website): 123",
    );
  });

  it("for a holder who died, explains the change of holder first", () => {
    renderStep(<HolderAdviceStep />, "holderAdvice", { answers: { holder: "deceased" } });
    expect(
      screen.getByRole("heading", { level: 1, name: "First, the line must change holder" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/The carrier has 10 business days to make the change/)).toHaveTextContent(
      "the ID of the holder who died and the death certificate",
    );
    expect(screen.getByText(/^Once the line is in your name/)).toBeInTheDocument();
  });

  it("for a holder not known, points to Checa tus líneas and continues to the document question", async () => {
    const { user, currentStep } = renderStep(<HolderAdviceStep />, "holderAdvice", {
      answers: { holder: "notSure" },
    });
    expect(
      screen.getByRole("heading", { level: 1, name: "Check whose name the line is in" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Checa tus líneas/ })).toHaveAttribute(
      "href",
      expect.stringMatching(/^https:/),
    );
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(currentStep()).toBe("identityDocument");
  });
});
