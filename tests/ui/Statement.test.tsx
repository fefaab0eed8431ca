import { screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { aboutThisApp, basedOn, ourAdvice } from "../../src/content/basis.ts";
import { citeRule, type DatedFact, fact, osiptelPage, press } from "../../src/content/fact.ts";
import { activateLocale } from "../../src/i18n/i18n.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { usePreparedDateFormat } from "../../src/ui/readableDate.ts";
import { Statement } from "../../src/ui/Statement.tsx";
import { noteOf } from "../support/noteOf.ts";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

/** Checked on the first reading of the research, 2026-11-25. */
const helpline = fact("0800-12345", [
  osiptelPage("https://www.gob.pe/osiptel"),
  press("https://gestion.pe/peru/a"),
]);

const deadline: DatedFact = {
  rules: [
    { from: null, value: 5, norm: "Old norm", sources: [press("https://gestion.pe/old")] },
    {
      from: "2026-03-26",
      value: 1,
      norm: "New norm",
      startToBeConfirmed: true,
      sources: [press("https://infobae.com/new")],
    },
  ],
  lastVerified: "2026-11-26",
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The clock at noon in Lima on that day. */
const atNoonInLima = (day: string) => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${day}T17:00:00Z`));
};

function HelplineStatement() {
  return (
    <main>
      <Statement basis={basedOn(helpline)}>The helpline is 0800-12345.</Statement>
    </main>
  );
}

/**
 * The formatters made so far live in the module, which the tests of a worker share: each of these tests takes a fresh
 * copy of it, with no language prepared yet, whatever the tests before it showed.
 */
let prepareDates: typeof usePreparedDateFormat = usePreparedDateFormat;

function PreparesDates({ locale }: { locale: Locale }) {
  prepareDates(locale);
  return null;
}

/** A requestIdleCallback that only records; the test runs the task itself. */
function stubIdleCallback() {
  const requestIdleCallback = vi.fn((_task: () => void) => 7);
  const cancelIdleCallback = vi.fn();
  vi.stubGlobal("requestIdleCallback", requestIdleCallback);
  vi.stubGlobal("cancelIdleCallback", cancelIdleCallback);
  return { requestIdleCallback, cancelIdleCallback };
}

const statement = (words: string) => screen.getByText(words, { exact: false });

describe("a statement of fact", () => {
  it("carries the number of its note, and the page's sources list each source's site (without www.) as a link, its kind and the date checked", () => {
    renderWithText(<HelplineStatement />);
    expect(statement("The helpline is 0800-12345.")).toHaveTextContent(
      "The helpline is 0800-12345.[source 1]",
    );
    expect(screen.getByRole("heading", { name: "Sources" })).toBeInTheDocument();
    expect(noteOf(statement("The helpline is 0800-12345."))).toHaveTextContent(
      "gob.pe (OSIPTEL), gestion.pe (press) · checked November 25, 2026",
    );
    expect(screen.getByRole("link", { name: "gob.pe" })).toHaveAttribute(
      "href",
      "https://www.gob.pe/osiptel",
    );
    expect(screen.getByRole("link", { name: "gestion.pe" })).toHaveAttribute(
      "href",
      "https://gestion.pe/peru/a",
    );
  });

  it("shows its number as [1], and says it to a screen reader as a source, without a link", () => {
    renderWithText(<HelplineStatement />);
    const marker = statement("The helpline is 0800-12345.").querySelector(".note-marker");
    expect(marker?.tagName).toBe("SUP");
    expect(marker?.querySelector(".visually-hidden")).toHaveTextContent("source");
    expect(marker?.textContent).toBe("[source 1]");
    expect(marker?.querySelector("a, [tabindex]")).toBeNull();
  });

  it("names the norm in force on the day, and says when its start is still to be confirmed", () => {
    const before = citeRule(deadline, "2026-03-25");
    const after = citeRule(deadline, "2026-03-26");
    renderWithText(
      <main>
        <Statement basis={basedOn(before)}>Before: {before.value}</Statement>
        <Statement basis={basedOn(after)}>After: {after.value}</Statement>
      </main>,
    );
    expect(noteOf(statement("Before: 5"))).toHaveTextContent(
      "gestion.pe (press) · rule: Old norm · press only: no primary source found · checked November 26, 2026",
    );
    expect(noteOf(statement("After: 1"))).toHaveTextContent(
      "infobae.com (press) · rule: New norm, in force since March 26, 2026 (date to be confirmed)",
    );
  });

  it("says when a statement rests on the press alone, and not when a primary source backs it", () => {
    renderWithText(
      <main>
        <Statement basis={basedOn(fact(1, [press("https://gestion.pe/peru/a")]))}>Press alone.</Statement>
        <HelplineStatement />
      </main>,
    );
    expect(noteOf(statement("Press alone."))).toHaveTextContent("press only: no primary source found");
    expect(noteOf(statement("The helpline is 0800-12345."))).not.toHaveTextContent("press only");
  });

  it("says a fact checked more than a year before today in Lima may be out of date, and not a day sooner", () => {
    atNoonInLima("2026-11-25");
    const { unmount } = renderWithText(<HelplineStatement />);
    expect(noteOf(statement("The helpline is 0800-12345."))).not.toHaveTextContent("may be out of date");
    unmount();
    atNoonInLima("2027-11-26");
    renderWithText(<HelplineStatement />);
    expect(noteOf(statement("The helpline is 0800-12345."))).toHaveTextContent(
      "checked November 25, 2026 · may be out of date: check with the carrier or OSIPTEL",
    );
  });

  it("cites a source shared by two facts once", () => {
    const same = fact(1, [press("https://gestion.pe/peru/a")]);
    renderWithText(<Statement basis={basedOn(helpline, same)}>Two facts.</Statement>);
    expect(screen.getAllByRole("link", { name: "gestion.pe" })).toHaveLength(1);
  });

  it("opens a source in a new tab without handing it this page, and says the page is in Spanish", () => {
    renderWithText(<HelplineStatement />);
    const link = screen.getByRole("link", { name: "gob.pe" });
    expect(link).toHaveAttribute("target", "_blank");
    expect(link.getAttribute("rel")?.split(" ")).toContain("noopener");
    expect(link).toHaveAttribute("hreflang", "es");
  });

  it("writes its number, the sources' words and the date in the reader's language", async () => {
    await activateLocale("es");
    try {
      renderWithText(<HelplineStatement />);
      expect(statement("The helpline is 0800-12345.")).toHaveTextContent("[fuente 1]");
      expect(screen.getByRole("heading", { name: "Fuentes" })).toBeInTheDocument();
      const note = noteOf(statement("The helpline is 0800-12345."));
      expect(note).toHaveTextContent("gob.pe (OSIPTEL), gestion.pe (prensa)");
      expect(note).toHaveTextContent("25 de noviembre de 2026");
    } finally {
      await activateLocale("en");
    }
  });

  it("has no WCAG A/AA violations", async () => {
    const { container } = renderWithText(<HelplineStatement />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe("advice and words about the app", () => {
  it("our advice is marked as ours, and cites nothing", () => {
    renderWithText(<Statement basis={ourAdvice}>Cut the chip.</Statement>);
    const advice = screen.getByText("Cut the chip.", { exact: false });
    expect(advice).toHaveTextContent("Our advice: Cut the chip.");
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Sources" })).not.toBeInTheDocument();
  });

  it("words about the app itself carry neither a mark nor a source", () => {
    renderWithText(<Statement basis={aboutThisApp}>Your ticks are saved on this device.</Statement>);
    expect(screen.getByText("Your ticks are saved on this device.")).toHaveAttribute("data-basis", "app");
  });
});

describe("usePreparedDateFormat", () => {
  beforeEach(async () => {
    vi.resetModules();
    ({ usePreparedDateFormat: prepareDates } = await import("../../src/ui/readableDate.ts"));
  });

  it("prepares a language's dates when the browser is idle, and cancels that when the page goes first", () => {
    const { requestIdleCallback, cancelIdleCallback } = stubIdleCallback();
    const { unmount } = renderWithText(<PreparesDates locale="zh" />);
    expect(requestIdleCallback).toHaveBeenCalledTimes(1);
    unmount();
    expect(cancelIdleCallback).toHaveBeenCalledWith(7);
  });

  it("does not prepare a language twice", () => {
    const { requestIdleCallback } = stubIdleCallback();
    const first = renderWithText(<PreparesDates locale="zh" />);
    const task = requestIdleCallback.mock.calls[0]?.[0];
    if (!task) throw new Error("nothing was scheduled");
    task();
    first.unmount();
    renderWithText(<PreparesDates locale="zh" />);
    expect(requestIdleCallback).toHaveBeenCalledTimes(1);
  });

  it("does nothing for a language a source has already been shown in", () => {
    // The statement formats its dates with the module the app shares, so the hook is that module's too.
    prepareDates = usePreparedDateFormat;
    const { requestIdleCallback } = stubIdleCallback();
    renderWithText(<HelplineStatement />);
    renderWithText(<PreparesDates locale="en" />);
    expect(requestIdleCallback).not.toHaveBeenCalled();
  });
});
