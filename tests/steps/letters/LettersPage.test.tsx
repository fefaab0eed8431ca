import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { afterRequest } from "../../../src/content/afterRequest.ts";
import { carrierFacts } from "../../../src/content/carriers/index.ts";
import type { Answers } from "../../../src/flow/answers.ts";
import { type FollowUp, noFollowUp } from "../../../src/flow/followUp.ts";
import { activateLocale } from "../../../src/i18n/i18n.ts";
import { LettersPage } from "../../../src/steps/letters/LettersPage.tsx";
import { completeAnswers } from "../../support/completeAnswers.ts";
import { noteOf } from "../../support/noteOf.ts";
import { renderWithText } from "../../support/renderStep.tsx";
import { unsourcedStatements } from "../../support/unsourcedStatements.ts";
import { axeViolations } from "../../ui/support/axe.ts";

const answers: Answers = { ...completeAnswers, lineNumber: "987654321", identityDocument: "dni" };
const representative: Answers = { ...answers, holder: "someoneElse", requester: "me" };

const lineStillThere: FollowUp = {
  ...noFollowUp,
  request: { date: "2026-12-01", channel: "store", code: "BJ-778812", chosenDate: "" },
  lineCheck: "stillWorking",
  escalation: { reclamoDate: "2026-12-10", reclamoCode: "RC-4471", answerDate: "" },
};

const requestLine = {
  spanish:
    "Solicito la baja del servicio público móvil de la línea N.° 987654321, es decir, la terminación del contrato de abonado.",
  english:
    "I request the cancellation (baja) of the mobile service of line no. 987654321, that is, the end of the subscriber contract.",
};

function renderPage({
  pageAnswers = answers,
  followUp = noFollowUp,
  error = null,
}: {
  pageAnswers?: Answers;
  followUp?: FollowUp;
  error?: { field: string; message: string } | null;
} = {}) {
  const onSaveDetails = vi.fn();
  const view = renderWithText(
    <main>
      <LettersPage answers={pageAnswers} followUp={followUp} onSaveDetails={onSaveDetails} error={error} />
    </main>,
  );
  return { ...view, onSaveDetails };
}

const findLetter = (heading: RegExp) => screen.findByRole("region", { name: heading });

afterEach(() => {
  vi.restoreAllMocks();
});

describe("LettersPage", () => {
  it("gives each Spanish line with its English meaning for an English reader", async () => {
    renderPage();
    expect(screen.getByRole("heading", { level: 1, name: "Letters in Spanish" })).toBeInTheDocument();
    const letter = await findLetter(/^Solicitud de baja del servicio/);
    expect(within(letter).getByText(requestLine.spanish)).toHaveAttribute("lang", "es-PE");
    expect(within(letter).getByText(requestLine.english)).toHaveAttribute("lang", "en");
  });

  it("gives the Spanish only to a Spanish reader", async () => {
    await activateLocale("es");
    try {
      renderPage();
      const letter = await findLetter(/^Solicitud de baja del servicio$/);
      expect(within(letter).getByText(requestLine.spanish)).toBeInTheDocument();
      expect(within(letter).queryByText(requestLine.english)).not.toBeInTheDocument();
      expect(screen.getByRole("heading", { level: 1, name: "Cartas en español" })).toBeInTheDocument();
    } finally {
      await activateLocale("en");
    }
  });

  it("shows what it does not know as a blank to fill in by hand", async () => {
    renderPage();
    const letter = await findLetter(/^Solicitud de baja del servicio/);
    expect(
      within(letter).getByText(
        "Yo, [__________], identificado(a) con DNI N.° [__________], titular de la línea móvil N.° 987654321 (prepago), ante ustedes me presento y expongo lo siguiente:",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/it shows \[__________\]: fill that in by hand/)).toBeInTheDocument();
  });

  it("gives the request only, until the line is still there after its date; then the way up", async () => {
    renderPage();
    await findLetter(/^Solicitud de baja del servicio/);
    expect(screen.queryByRole("region", { name: /^Reclamo/ })).not.toBeInTheDocument();
  });

  it("gives the reclamo, the queja and the appeal once the line is still there, with the codes in them", async () => {
    renderPage({ followUp: lineStillThere });
    const reclamo = await findLetter(/^Reclamo/);
    expect(
      within(reclamo).getByText(/el código de pedido o número de constancia es BJ-778812/),
    ).toBeInTheDocument();
    const queja = screen.getByRole("region", { name: /^Queja por silencio administrativo positivo/ });
    expect(within(queja).getByText(/reclamo con código RC-4471/)).toBeInTheDocument();
    const appeal = screen.getByRole("region", { name: /^Recurso de apelación/ });
    expect(
      within(appeal).getByText(new RegExp(`within ${afterRequest.appealDays.value} business days`)),
    ).toBeInTheDocument();
  });

  it("Copy text puts the Spanish text, and only it, on the clipboard, and says so", async () => {
    const { user } = renderPage();
    const letter = await findLetter(/^Solicitud de baja del servicio/);
    await user.click(within(letter).getByRole("button", { name: "Copy text" }));
    const copied = await navigator.clipboard.readText();
    expect(copied.startsWith("Solicitud de baja del servicio\n\n")).toBe(true);
    expect(copied).toContain(requestLine.spanish);
    expect(copied).not.toContain(requestLine.english);
    expect(within(letter).getByRole("status")).toHaveTextContent("The Spanish text is copied.");
  });

  it("where the clipboard refuses, selects the Spanish text in a box for the user to copy", async () => {
    const { user } = renderPage();
    const letter = await findLetter(/^Solicitud de baja del servicio/);
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(
      new DOMException("denied", "NotAllowedError"),
    );
    await user.click(within(letter).getByRole("button", { name: "Copy text" }));
    const box = await within(letter).findByRole("textbox", { name: "The letter's text in Spanish" });
    expect((box as HTMLTextAreaElement).value).toContain(requestLine.spanish);
    await waitFor(() => expect(box).toHaveFocus());
    expect(within(letter).getByRole("status")).toHaveTextContent("press and hold it to copy");
  });

  it("offers Share only where the browser can share, and shares the Spanish text", async () => {
    const { user, unmount } = renderPage();
    await findLetter(/^Solicitud de baja del servicio/);
    expect(screen.queryByRole("button", { name: "Share" })).not.toBeInTheDocument();
    unmount();

    const share = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "share", { value: share, configurable: true });
    try {
      renderPage();
      const letter = await findLetter(/^Solicitud de baja del servicio/);
      await user.click(within(letter).getByRole("button", { name: "Share" }));
      expect(share).toHaveBeenCalledWith({
        title: "Solicitud de baja del servicio",
        text: expect.stringContaining(requestLine.spanish),
      });
      expect(share.mock.calls[0]?.[0].text).not.toContain(requestLine.english);
    } finally {
      Reflect.deleteProperty(navigator, "share");
    }
  });

  it("saves the details typed, without putting them in the address", async () => {
    const { user, onSaveDetails } = renderPage();
    await user.type(screen.getByLabelText("Your full name"), "Ana Quispe Mamani");
    await user.type(screen.getByLabelText("Your ID document number"), "45879632");
    await user.type(screen.getByLabelText("E-mail for the carrier's answer"), "ana@example.com");
    expect(screen.getByLabelText("Your full name")).toHaveAttribute("autocomplete", "name");
    expect(screen.getByLabelText("E-mail for the carrier's answer")).toHaveAttribute("autocomplete", "email");
    await user.click(screen.getByRole("button", { name: "Save details" }));
    expect(onSaveDetails).toHaveBeenCalledWith({
      holderName: "Ana Quispe Mamani",
      holderDocumentNumber: "45879632",
      representativeName: "",
      representativeDocumentNumber: "",
      email: "ana@example.com",
    });
    const form = screen.getByRole("form", { name: "Your details for the letters" }) as HTMLFormElement;
    expect(form.method).not.toBe("get");
    expect(window.location.search).not.toContain("Quispe");
    expect(screen.getByText(/Saved on this device/)).toBeInTheDocument();
  });

  it("asks a representative for both people's details, and fills the letters from the saved ones", async () => {
    renderPage({
      pageAnswers: representative,
      followUp: {
        ...noFollowUp,
        letterDetails: {
          ...noFollowUp.letterDetails,
          holderName: "Ana Quispe",
          representativeName: "Luis Torres",
        },
      },
    });
    expect(screen.getByLabelText("The holder's full name")).toHaveValue("Ana Quispe");
    expect(screen.getByLabelText("Your full name")).toHaveValue("Luis Torres");
    expect(screen.getByLabelText("The holder's ID document number")).toHaveAttribute("autocomplete", "off");
    const power = await findLetter(/^Carta poder/);
    expect(within(power).getByText(/^Yo, Ana Quispe, .* otorgo poder a Luis Torres,/)).toBeInTheDocument();
  });

  it("for a Bitel representative, says the carta poder must be notarised and recent, with its source", async () => {
    renderPage({ pageAnswers: { ...representative, carrier: "bitel" } });
    const power = await findLetter(/^Carta poder/);
    const months = carrierFacts.bitel.representativePowerMaxMonths?.value;
    const rule = within(power).getByText(
      new RegExp(
        `carta poder with the holder.s signature certified by a notary \\(“firma legalizada”\\), issued at most ${months} months? before`,
      ),
    );
    expect(within(noteOf(rule)).getByRole("link", { name: "bitel.com.pe" })).toHaveAttribute(
      "href",
      expect.stringContaining("https://bitel.com.pe/"),
    );
    expect(within(power).getByText("Legalización notarial de la firma del poderdante:")).toBeInTheDocument();
  });

  it("for another carrier's representative, says our sources are silent on a notary", async () => {
    renderPage({ pageAnswers: representative });
    const power = await findLetter(/^Carta poder/);
    expect(within(power).getByText(/Our sources do not say whether Claro needs/)).toBeInTheDocument();
    expect(within(power).queryByText(/Legalización notarial/)).not.toBeInTheDocument();
  });

  it("shows a refused detail as an error summary", async () => {
    renderPage({
      error: {
        field: "holderName",
        message: "A detail is too long: shorten the name, the ID number or the e-mail.",
      },
    });
    expect(screen.getByRole("alert")).toHaveTextContent("A detail is too long");
    await findLetter(/^Solicitud de baja del servicio/);
  });

  it("links the error summary to the detail at fault, which carries the message", async () => {
    const tooLong = "Quispe ".repeat(20);
    renderPage({
      followUp: {
        ...noFollowUp,
        letterDetails: { ...noFollowUp.letterDetails, holderDocumentNumber: tooLong },
      },
      error: {
        field: "holderDocumentNumber",
        message: "A detail is too long: shorten the name, the ID number or the e-mail.",
      },
    });
    const link = within(screen.getByRole("alert")).getByRole("link");
    expect(link).toHaveAttribute("href", "#letter-details-holderDocumentNumber");
    const field = document.getElementById("letter-details-holderDocumentNumber");
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(field).toHaveAccessibleDescription(/A detail is too long/);
    await findLetter(/^Solicitud de baja del servicio/);
  });

  it("rests every statement on a source, or marks it as advice or as words about the app", async () => {
    const { container } = renderPage({
      pageAnswers: { ...representative, carrier: "bitel" },
      followUp: lineStillThere,
    });
    await findLetter(/^Carta poder/);
    expect(unsourcedStatements(container)).toEqual([]);
  });

  it("has no WCAG A/AA violations", async () => {
    const { container } = renderPage({
      pageAnswers: { ...representative, carrier: "bitel" },
      followUp: lineStillThere,
    });
    await findLetter(/^Carta poder/);
    expect(await axeViolations(container)).toEqual([]);
  });
});
