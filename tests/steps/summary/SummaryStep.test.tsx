import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { noFollowUp } from "../../../src/flow/followUp.ts";
import { questionIds } from "../../../src/flow/steps.ts";
import { SummaryStep } from "../../../src/steps/summary/SummaryStep.tsx";
import { catchDownloads } from "../../support/catchDownloads.ts";
import { completeAnswers } from "../../support/completeAnswers.ts";
import { noteOf } from "../../support/noteOf.ts";
import { renderStep } from "../../support/renderStep.tsx";

const answers = completeAnswers;

describe("SummaryStep", () => {
  it("shows every answer with a Change link naming the question", () => {
    renderStep(<SummaryStep />, "summary", { answers });
    expect(screen.getByRole("heading", { level: 1, name: "Your plan" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Change Carrier" })).toBeInTheDocument();
    const list = screen.getByRole("heading", { name: "Your answers" }).nextElementSibling as HTMLElement;
    expect(within(list).getByText("Passport")).toBeInTheDocument();
    expect(within(list).getAllByText("Not provided")).toHaveLength(2);
    // The questions these answers did not call for (keeping the number, the phone on instalments, who asks) are not
    // listed.
    const asked = questionIds.filter(
      (question) =>
        question !== "keepNumber" && question !== "phoneOnInstalments" && question !== "requester",
    );
    expect(screen.getAllByRole("link", { name: /^Change / })).toHaveLength(asked.length);
  });

  it("writes the flight date as the reader's language does", () => {
    renderStep(<SummaryStep />, "summary", { answers: { ...answers, flightDate: "2026-12-15" } });
    const list = screen.getByRole("heading", { name: "Your answers" }).nextElementSibling as HTMLElement;
    expect(within(list).getByText("December 15, 2026")).toBeInTheDocument();
  });

  it("a Change link takes the user back to that question", async () => {
    const { user, currentStep, actor } = renderStep(<SummaryStep />, "summary", { answers });
    await user.click(screen.getByRole("link", { name: "Change Identity document" }));
    expect(currentStep()).toBe("identityDocument");
    expect(actor.getSnapshot().context.returningToSummary).toBe(true);
  });

  it("gives the plan in order, and the document checklist with the ticks kept", () => {
    renderStep(<SummaryStep />, "summary", { answers, ticks: ["passport"] });
    const items = within(
      screen.getByRole("heading", { name: "What to do, in order" }).nextElementSibling as HTMLElement,
    ).getAllByRole("listitem");
    const plan = items.map((item) => item.textContent);
    expect(plan[0]).toMatch(/^Before you fly, ask the carrier for a number you can call free from abroad/);
    expect(noteOf(items[0])).toHaveTextContent("archivo.gestion.pe (press)");
    // What doing nothing costs, before the steps that avoid it.
    expect(plan[1]).toMatch(
      /^If you do nothing, the line ends by itself: Claro cuts a prepaid line 270 days after/,
    );
    // Someone leaving is sent to find any other line in their name, to plan it beside this one.
    expect(plan[2]).toMatch(/^See every line registered to your ID document in OSIPTEL's “Checa tus líneas”/);
    expect(plan[3]).toBe("Our advice: Use up your prepaid balance.");
    expect(plan[4]).toMatch(
      /^If you wish, send your balance to another Claro prepaid line with “Pasa Saldo” \(\*222#\)/,
    );
    expect(noteOf(items[4])).toHaveTextContent("claro.com.pe (carrier)");
    expect(plan[5]).toMatch(/^Our advice: Before you fly, while the SIM still receives SMS, move your bank/);
    expect(plan[8]).toMatch(/^Go to a store with your documents and ask for the cancellation/);
    expect(plan.at(-1)).toBe("Our advice: Destroy the SIM: cut the chip.");
    expect(screen.getByRole("checkbox", { name: "Passport (original and photocopy)" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "The SIM card, in its phone" })).not.toBeChecked();
  });

  it("has one list of sources, at its end, naming each rule once, and in the downloaded plan too", async () => {
    const downloads = catchDownloads();
    const followUp = {
      ...noFollowUp,
      request: { date: "2026-07-22", channel: "store", code: "CL-42", chosenDate: "" },
    } as const;
    const { container, user } = renderStep(<SummaryStep />, "summary", { answers, followUp });
    await screen.findByRole("region", { name: "Para el personal de la tienda" });
    const sources = screen.getByRole("region", { name: "Sources" });
    expect(screen.getAllByRole("region", { name: "Sources" })).toHaveLength(1);
    expect(container.lastElementChild).toBe(sources);
    expect(sources.textContent?.match(/Res\. 000132-2025-CD\/OSIPTEL/g)).toHaveLength(1);
    expect(sources.textContent?.match(/Res\. 172-2022-CD\/OSIPTEL/g)).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Download the plan" }));
    const text = (await downloads[0]?.blob.text()) ?? "";
    const notes = text.slice(text.lastIndexOf("Sources\n=======\n"));
    expect(notes).toMatch(/^Sources\n=+\n\n\[1\] https:\/\//);
    expect(notes).toContain("https://www.osiptel.gob.pe/");
    // Outside the list, only the counter card carries addresses: under the line a clerk may push back on, in Spanish.
    const card = text.slice(text.indexOf("Para el personal de la tienda"), text.indexOf("Sources\n"));
    const rest = text.slice(0, text.length - notes.length).replace(card, "");
    expect(rest).not.toContain("https://www.osiptel.gob.pe/");
    expect(card).toMatch(
      /\(Please give me the proof of the request.*\)\n {2}Respaldo: .*https:\/\/www\.osiptel\.gob\.pe\/.* \(norma\)/,
    );
    expect(text.match(/Res\. 000132-2025-CD\/OSIPTEL/g)).toHaveLength(1);
  });

  it("shows the staff card when the request is made at a store", async () => {
    renderStep(<SummaryStep />, "summary", { answers });
    expect(await screen.findByRole("region", { name: "Para el personal de la tienda" })).toBeInTheDocument();
  });

  it("lists what was recorded after the request, and the downloaded plan holds it too", async () => {
    const downloads = catchDownloads();
    const followUp = {
      ...noFollowUp,
      request: { date: "2026-07-22", channel: "phone", code: "CL-42", chosenDate: "" },
      lineCheck: "stillWorking",
      escalation: { reclamoDate: "2026-08-05", reclamoCode: "R-7", answerDate: "" },
    } as const;
    const { user } = renderStep(<SummaryStep />, "summary", { answers, followUp });
    const recorded = within(
      screen.getByRole("heading", { name: "What you recorded" }).nextElementSibling as HTMLElement,
    )
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(recorded[0]).toBe(
      "You asked for the cancellation on July 22, 2026. How: By phone. Its code: CL-42.",
    );
    expect(recorded[1]).toMatch(/^The line must be gone by July 24, 2026; by August 3, 2026 at the latest/);
    expect(recorded.slice(2)).toEqual([
      "You found the line still there after that day.",
      "You filed a reclamo on August 5, 2026; its code: R-7.",
      expect.stringMatching(
        /^If the carrier does not answer it, a queja may be filed from September 11, 2026\.\[source \d+\]$/,
      ),
    ]);

    await user.click(screen.getByRole("button", { name: "Download the plan" }));
    const text = (await downloads[0]?.blob.text()) ?? "";
    expect(text).toContain("What you recorded");
    expect(text).toContain("Its code: CL-42.");
    expect(text).toContain("its code: R-7.");
  });
});
