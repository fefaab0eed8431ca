import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AtStoreStep } from "../../src/steps/AtStoreStep.tsx";
import { OnCallStep } from "../../src/steps/OnCallStep.tsx";
import { OnlineStep } from "../../src/steps/OnlineStep.tsx";
import { OsiptelFormStep } from "../../src/steps/OsiptelFormStep.tsx";
import { SomeoneInPeruStep } from "../../src/steps/SomeoneInPeruStep.tsx";
import { noteOf } from "../support/noteOf.ts";
import { renderStep } from "../support/renderStep.tsx";

/** Noon in Lima on a given day. */
const setDayInLima = (day: string) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${day}T17:00:00Z`));
};

afterEach(() => {
  vi.useRealTimers();
});

describe("after you ask, on the page that says how to ask", () => {
  it.each([
    ["atStore", <AtStoreStep key="atStore" />, "store"],
    ["onCall", <OnCallStep key="onCall" />, "phone"],
    ["online", <OnlineStep key="online" />, "online"],
    ["someoneInPeru", <SomeoneInPeruStep key="someoneInPeru" />, "someoneInPeru"],
  ] as const)("the %s page gives the deadline and the way up", (step, page, channel) => {
    renderStep(page, step, { answers: { planType: "prepaid", carrier: "entel", channel } });
    expect(screen.getByRole("region", { name: "After you ask" })).toHaveTextContent(
      /must carry out the cancellation within/,
    );
    expect(screen.getByRole("region", { name: "If the carrier does not act" })).toBeInTheDocument();
  });

  it("through OSIPTEL's form, gives the deadline, but no way up that sends the person back to the form just used", () => {
    renderStep(<OsiptelFormStep />, "osiptelForm", {
      answers: { whereabouts: "abroad", planType: "prepaid", carrier: "entel", channel: "osiptelForm" },
    });
    expect(screen.getByRole("region", { name: "After you ask" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "If the carrier does not act" })).not.toBeInTheDocument();
  });

  it("the day before the new norm: 5 business days, under the 2022 norm", () => {
    setDayInLima("2026-03-25");
    renderStep(<AtStoreStep />, "atStore", { answers: { planType: "prepaid", channel: "store" } });
    const deadline = screen.getByText(/must carry out the cancellation within/);
    expect(deadline).toHaveTextContent("within 5 business days of your request");
    expect(noteOf(deadline)).toHaveTextContent("rule: Res. 172-2022-CD/OSIPTEL");
  });

  it("from the day the new norm starts: 1 business day, its start marked as to be confirmed", () => {
    setDayInLima("2026-03-26");
    renderStep(<AtStoreStep />, "atStore", { answers: { planType: "prepaid", channel: "store" } });
    const deadline = screen.getByText(/must carry out the cancellation within/);
    expect(deadline).toHaveTextContent("within 1 business day of your request");
    expect(noteOf(deadline)).toHaveTextContent(
      "rule: Res. 000132-2025-CD/OSIPTEL, in force since March 26, 2026 (date to be confirmed)",
    );
    expect(screen.getByText(/ask for a later date/)).toHaveTextContent("up to 1 calendar month ahead");
  });

  it("charges not owed are those billed after the date the cancellation was, or should have been, carried out", () => {
    renderStep(<AtStoreStep />, "atStore", { answers: { planType: "postpaid", channel: "store" } });
    expect(screen.getByText(/^Charges for service after the date/)).toHaveTextContent(
      "after the date the cancellation was, or should have been, carried out",
    );
  });

  it("gives the way up when the carrier does not act, in order, each with its time, and what the shorter time is for", () => {
    renderStep(<AtStoreStep />, "atStore", { answers: { planType: "prepaid", channel: "store" } });
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
});
