import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BalanceStep } from "../../src/steps/BalanceStep.tsx";
import { noteOf } from "../support/noteOf.ts";
import { renderStep } from "../support/renderStep.tsx";
import { tabStopsFromHeadingTo } from "../support/tabStops.ts";

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

  it("for a line suspended for debt, says the debt stays owed, and is only about money: no deadline, no way up", () => {
    renderStep(<BalanceStep />, "balance", {
      answers: { planType: "prepaid", cardStatus: "suspendedForDebt" },
    });
    expect(screen.getByText(/The debt must be paid/)).toBeInTheDocument();
    expect(screen.queryByText(/must carry out the cancellation within/)).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "If the carrier does not act" })).not.toBeInTheDocument();
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
