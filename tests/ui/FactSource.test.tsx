import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fact } from "../../src/content/fact.ts";
import { activateLocale } from "../../src/i18n/i18n.ts";
import type { Locale } from "../../src/i18n/locales.ts";
import { FactSource, usePreparedDateFormat } from "../../src/ui/FactSource.tsx";
import { renderWithText } from "../support/renderStep.tsx";
import { axeViolations } from "./support/axe.ts";

/** Every fact is dated with the day of the research, 2026-11-25. */
const helpline = fact("0800-12345", "https://www.gob.pe/osiptel", "high");

afterEach(() => {
  vi.unstubAllGlobals();
});

function Source() {
  return (
    <main>
      <p>The helpline is 0800-12345.</p>
      <FactSource fact={helpline} />
    </main>
  );
}

function PreparesDates({ locale }: { locale: Locale }) {
  usePreparedDateFormat(locale);
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

describe("FactSource", () => {
  it("names the site (without www.) as the link, and the date it was checked", () => {
    renderWithText(<Source />);
    const link = screen.getByRole("link", { name: "gob.pe" });
    expect(link).toHaveAttribute("href", "https://www.gob.pe/osiptel");
    expect(link.closest("p")).toHaveTextContent("Source: gob.pe, last verified November 25, 2026");
  });

  it("keeps the rest of the host name", () => {
    renderWithText(<FactSource fact={fact(null, "https://checatuslineas.osiptel.gob.pe/", "medium")} />);
    expect(screen.getByRole("link", { name: "checatuslineas.osiptel.gob.pe" })).toBeInTheDocument();
  });

  it("opens the source in a new tab without handing it this page, and says the page is in Spanish", () => {
    renderWithText(<Source />);
    const link = screen.getByRole("link", { name: "gob.pe" });
    expect(link).toHaveAttribute("target", "_blank");
    expect(link.getAttribute("rel")?.split(" ")).toContain("noopener");
    expect(link).toHaveAttribute("hreflang", "es");
  });

  it("writes the sentence and the date in the reader's language", async () => {
    await activateLocale("es");
    try {
      renderWithText(<Source />);
      expect(screen.getByRole("link", { name: "gob.pe" }).closest("p")).toHaveTextContent(
        "Fuente: gob.pe, verificada por última vez el 25 de noviembre de 2026",
      );
    } finally {
      await activateLocale("en");
    }
  });

  it("the link is reached with Tab", async () => {
    const { user } = renderWithText(<Source />);
    await user.tab();
    expect(screen.getByRole("link", { name: "gob.pe" })).toHaveFocus();
  });

  it("has no WCAG A/AA violations", async () => {
    const { container } = renderWithText(<Source />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe("usePreparedDateFormat", () => {
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
    const { requestIdleCallback } = stubIdleCallback();
    renderWithText(<Source />);
    renderWithText(<PreparesDates locale="en" />);
    expect(requestIdleCallback).not.toHaveBeenCalled();
  });
});
