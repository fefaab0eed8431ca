import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BalanceStep } from "../../src/steps/BalanceStep.tsx";
import { noteOf } from "../support/noteOf.ts";
import { renderStep } from "../support/renderStep.tsx";
import { tabStopsFromHeadingTo } from "../support/tabStops.ts";

/** Noon in Lima on a given day. */
const setDayInLima = (day: string) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${day}T17:00:00Z`));
};

afterEach(() => {
  vi.useRealTimers();
});

describe("BalanceStep", () => {
  it("for a prepaid line, is about the balance: no bill, and our advice to use it up, marked as ours", () => {
    renderStep(<BalanceStep />, "balance", { answers: { planType: "prepaid", carrier: "movistar" } });
    expect(screen.getByRole("heading", { level: 1, name: "Your balance" })).toBeInTheDocument();
    expect(screen.getByText(/use it up first/)).toHaveTextContent(/^Our advice:/);
    expect(screen.queryByText(/\bbill\b/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Pasa Saldo/)).not.toBeInTheDocument();
  });

  it("to someone leaving Peru with a prepaid line, says an unused line ends only after months, still in the holder's name", () => {
    renderStep(<BalanceStep />, "balance", {
      answers: { planType: "prepaid", reason: "leavingPeru", whereabouts: "leaving" },
    });
    expect(screen.getByText(/^Leaving a prepaid line unused does not end it soon/)).toHaveTextContent(
      "up to 210 days without a top-up before the carrier ends it, a term set under the earlier norm, which the new one may have changed. Until then it stays registered to its holder.",
    );
  });

  it("says how long the user's carrier keeps a prepaid line without balance, and the SMS warning first, from the press", () => {
    renderStep(<BalanceStep />, "balance", {
      answers: { planType: "prepaid", reason: "leavingPeru", whereabouts: "leaving", carrier: "entel" },
    });
    const lapse = screen.getByText(/^Without balance, Entel ends a prepaid line/);
    expect(lapse).toHaveTextContent(
      "Without balance, Entel ends a prepaid line after 60 days without a top-up, once it has warned by SMS 15 days before.",
    );
    expect(noteOf(lapse)).toHaveTextContent(/chimboteonline\.com \(press\)/);
  });

  it("before the carrier is known, lists each carrier's time; for another carrier, says to ask it", () => {
    const { unmount } = renderStep(<BalanceStep />, "balance", {
      answers: { planType: "prepaid", reason: "leavingPeru", whereabouts: "leaving", carrier: "notSure" },
    });
    expect(
      screen.getAllByText(/^(Claro|Movistar|Entel|Bitel): \d+ days/).map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^Claro: 270 days/),
      expect.stringMatching(/^Movistar: 210 days/),
      expect.stringMatching(/^Entel: 60 days/),
      expect.stringMatching(/^Bitel: 255 days/),
    ]);
    unmount();
    renderStep(<BalanceStep />, "balance", {
      answers: { planType: "prepaid", reason: "leavingPeru", whereabouts: "leaving", carrier: "other" },
    });
    expect(screen.getByText(/^Without balance, each carrier/)).toHaveTextContent(
      "ask yours how long it keeps one",
    );
  });

  it("for a Claro prepaid line, offers Pasa Saldo with its code, fee and limits, from Claro's own page", () => {
    renderStep(<BalanceStep />, "balance", { answers: { planType: "prepaid", carrier: "claro" } });
    const pasaSaldo = screen.getByText(/Pasa Saldo/);
    expect(pasaSaldo).toHaveTextContent("dial *222# from the line, choose option 2");
    expect(pasaSaldo).toHaveTextContent("costs S/ 0.25");
    expect(pasaSaldo).toHaveTextContent("at most S/ 20 a day");
    expect(pasaSaldo).toHaveTextContent("topped up in the last 30 days");
    expect(noteOf(pasaSaldo)).toHaveTextContent("claro.com.pe (carrier)");
  });

  it("abroad without roaming, offers neither Pasa Saldo nor using the balance up: the SIM can do neither from there", () => {
    renderStep(<BalanceStep />, "balance", {
      answers: {
        planType: "prepaid",
        carrier: "claro",
        reason: "leavingPeru",
        whereabouts: "abroad",
        cardStatus: "working",
        receivesSms: "no",
      },
    });
    expect(
      screen.getByText(/^Outside Peru without roaming, the SIM cannot spend its balance/),
    ).toHaveTextContent(/^Our advice:/);
    expect(screen.queryByText(/Pasa Saldo/)).not.toBeInTheDocument();
    expect(screen.queryByText(/use it up first/)).not.toBeInTheDocument();
  });

  it("for a postpaid line, is about the last bill and the phone contract penalty", () => {
    renderStep(<BalanceStep />, "balance", { answers: { planType: "postpaid" } });
    expect(screen.getByRole("heading", { level: 1, name: "Your last bill" })).toBeInTheDocument();
    expect(screen.getByText(/Whether a last bill comes/)).toHaveTextContent("is not known: ask the carrier");
    expect(screen.queryByText(/You will get a final bill/)).not.toBeInTheDocument();
    expect(screen.getByText(/before the billing cycle closes/)).toBeInTheDocument();
    expect(screen.queryByText(/use it up first/)).not.toBeInTheDocument();
  });

  it("the day before the new norm: 5 business days, under the 2022 norm", () => {
    setDayInLima("2026-03-25");
    renderStep(<BalanceStep />, "balance", { answers: { planType: "prepaid" } });
    const deadline = screen.getByText(/must carry out the cancellation within/);
    expect(deadline).toHaveTextContent("within 5 business days of your request");
    expect(noteOf(deadline)).toHaveTextContent("rule: Res. 172-2022-CD/OSIPTEL");
  });

  it("from the day the new norm starts: 1 business day, its start marked as to be confirmed", () => {
    setDayInLima("2026-03-26");
    renderStep(<BalanceStep />, "balance", { answers: { planType: "prepaid" } });
    const deadline = screen.getByText(/must carry out the cancellation within/);
    expect(deadline).toHaveTextContent("within 1 business day of your request");
    expect(noteOf(deadline)).toHaveTextContent(
      "rule: Res. 000132-2025-CD/OSIPTEL, in force since March 26, 2026 (date to be confirmed)",
    );
    expect(screen.getByText(/ask for a later date/)).toHaveTextContent("up to 1 calendar month ahead");
  });

  it("charges not owed are those billed after the date the cancellation was, or should have been, carried out", () => {
    renderStep(<BalanceStep />, "balance", { answers: { planType: "postpaid" } });
    expect(screen.getByText(/^Charges for service after the date/)).toHaveTextContent(
      "after the date the cancellation was, or should have been, carried out",
    );
  });

  it("gives the way up when the carrier does not act, in order, each with its time, and what the shorter time is for", () => {
    renderStep(<BalanceStep />, "balance", {
      answers: { planType: "prepaid", cardStatus: "suspendedForDebt" },
    });
    expect(screen.getByText(/The debt must be paid/)).toBeInTheDocument();
    const wayUp = screen.getByRole("region", { name: "If the carrier does not act" });
    expect(screen.getByRole("link", { name: "Quiero salirme" })).toHaveAttribute(
      "href",
      "https://serviciosweb.osiptel.gob.pe/formularios/quierosalirme",
    );
    const steps = [...wayUp.querySelectorAll("ol > li")].map((step) => step.textContent);
    expect(steps[1]).toContain("“falta de ejecución de baja”");
    expect(steps[1]).toContain("OSIPTEL says it has 20 business days to answer");
    expect(steps[1]).not.toContain("3 to 20");
    expect(steps[2]).toContain("Most quejas that are turned down were filed before the time had run out");
    expect(steps[2]).not.toContain("A queja filed too early fails");
    expect(steps[2]).toContain("silencio administrativo positivo");
    expect(steps[3]).toContain("within 15 business days of the answer");
    expect(wayUp).toHaveTextContent(
      "A time of 3 business days is sometimes quoted: OSIPTEL gives it for an unjustified cut of service, not for a cancellation not carried out.",
    );
    expect(wayUp).not.toHaveTextContent("OSIPTEL's national guidance");
  });

  it("reaches Continue from the heading in a few Tab presses, none of them on a source: the sources follow Continue", async () => {
    const { user } = renderStep(<BalanceStep />, "balance", {
      answers: { planType: "prepaid", reason: "leavingPeru", whereabouts: "leaving", carrier: "claro" },
    });
    const stops = await tabStopsFromHeadingTo(user, screen.getByRole("button", { name: "Continue" }));
    expect(stops.filter((stop) => stop.closest(".notes"))).toEqual([]);
    expect(stops.length).toBeLessThanOrEqual(10);
  });
});
