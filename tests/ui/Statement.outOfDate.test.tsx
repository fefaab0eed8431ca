import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { basedOn } from "../../src/content/basis.ts";
import { fact, osiptelPage, press } from "../../src/content/fact.ts";
import { activateLocale } from "../../src/i18n/i18n.ts";
import { Statement } from "../../src/ui/Statement.tsx";
import { noteOf } from "../support/noteOf.ts";
import { renderWithText } from "../support/renderStep.tsx";

const checkedLongAgo = fact("0800-12345", [osiptelPage("https://www.gob.pe/osiptel")], {
  verified: "2026-11-25",
});
const pressAlone = fact(1, [press("https://gestion.pe/peru/a")], { verified: "2026-11-25" });

afterEach(async () => {
  vi.useRealTimers();
  await activateLocale("en");
});

describe("a statement of fact, in each language", () => {
  it.each([
    ["en", "may be out of date: check with the carrier or OSIPTEL", "press only: no primary source found"],
    [
      "es",
      "puede estar desactualizado: consulte con la operadora o con OSIPTEL",
      "solo prensa: no se halló una fuente primaria",
    ],
    ["zh", "可能已过时：请向运营商或 OSIPTEL 核实", "仅有媒体报道：未找到一手来源"],
  ] as const)(
    "in %s, says an old check may be out of date, and that the press alone stands behind it",
    async (locale, outOfDate, pressOnly) => {
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2028-01-10T17:00:00Z"));
      await activateLocale(locale);
      renderWithText(
        <main>
          <Statement basis={basedOn(checkedLongAgo)}>Old.</Statement>
          <Statement basis={basedOn(pressAlone)}>Press.</Statement>
        </main>,
      );
      const old = noteOf(screen.getByText("Old.", { exact: false }));
      expect(old).toHaveTextContent(outOfDate);
      expect(old).not.toHaveTextContent(pressOnly);
      expect(noteOf(screen.getByText("Press.", { exact: false }))).toHaveTextContent(pressOnly);
    },
  );
});
