import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/flow/answers.ts";
import { i18n } from "../../src/i18n/i18n.ts";
import type { Translate } from "../../src/i18n/useText.ts";
import { CarrierContact } from "../../src/steps/CarrierContact.tsx";
import { carrierContactText } from "../../src/steps/carrierContactText.ts";
import { renderWithText } from "../support/renderStep.tsx";

const t = i18n._.bind(i18n) as Translate;
const dialled = () =>
  screen.getAllByRole("link").flatMap((link) => {
    const href = link.getAttribute("href") ?? "";
    return href.startsWith("tel:") ? [link.textContent] : [];
  });

describe("the carrier contact on the page", () => {
  it("for a stolen line: customer service and the numbers that block the line, each a number to dial", () => {
    renderWithText(<CarrierContact answers={{ carrier: "movistar", cardStatus: "stolen" }} />);
    expect(screen.getByText(/Loss and theft lines/)).toBeInTheDocument();
    expect(dialled()).toEqual(expect.arrayContaining(["104", "0800 11800"]));
  });

  it.each<[string, Answers]>([
    ["a stolen Movistar line", { carrier: "movistar", cardStatus: "stolen" }],
    ["a working Claro line", { carrier: "claro", cardStatus: "working" }],
    ["a carrier not known yet", {}],
  ])("gives the numbers the downloaded plan gives, for %s", (_, answers) => {
    renderWithText(<CarrierContact answers={answers} />);
    const inTheText = carrierContactText(answers, t).lines.join(" ");
    let notOnThePage = inTheText;
    for (const number of dialled()) {
      expect(notOnThePage).toContain(number);
      notOnThePage = notOnThePage.replace(number ?? "", "");
    }
    expect(notOnThePage).not.toMatch(/\d/);
  });
});
