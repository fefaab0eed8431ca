import { describe, expect, it } from "vitest";
import {
  carrierPage,
  inferredFrom,
  osiptelPage,
  press,
  regulation,
  type Source,
} from "../../src/content/fact.ts";
import {
  type FactEntry,
  factProblems,
  factReportLines,
  factRows,
  primaryShare,
} from "../../src/content/factReport.ts";

const entry = (
  name: string,
  sources: [Source, ...Source[]],
  lastVerified = "2026-11-26",
  more: Partial<FactEntry> = {},
): FactEntry => ({
  name,
  sources,
  lastVerified,
  drivesADate: false,
  ...more,
});

const today = "2026-12-05";

describe("the maintainer's fact report", () => {
  it("lists first what most needs a re-check: out of date, then on the press alone, then the oldest check", () => {
    const rows = factRows(
      [
        entry("fresh primary", [carrierPage("https://a.pe")]),
        entry("old primary", [carrierPage("https://a.pe")], "2026-11-01"),
        entry("press", [press("https://b.pe")]),
        entry("stale", [regulation("https://c.pe")], "2025-11-01"),
        entry("another fresh primary", [carrierPage("https://a.pe")]),
      ],
      today,
    );
    expect(rows.map(({ name }) => name)).toEqual([
      "stale",
      "press",
      "old primary",
      "another fresh primary",
      "fresh primary",
    ]);
    expect(rows[0]).toMatchObject({ ageDays: 399, outOfDate: true, onPressAlone: false });
  });

  it("counts each source address once, and how many of them are primary", () => {
    const share = primaryShare([
      entry("a", [osiptelPage("https://gob.pe/x"), press("https://p.pe/1")]),
      entry("b", [press("https://p.pe/1"), press("https://p.pe/2")]),
      entry("c", [carrierPage("https://c.pe")]),
      // Our reading of a carrier's page leaves the page a carrier's.
      entry("d", [inferredFrom("https://c.pe")]),
    ]);
    expect(share).toEqual({ primary: 2, total: 4, percent: 50 });
  });

  it("fails a date-driving fact on the press alone unless it says so, a false mark, and sources out of order", () => {
    expect(
      factProblems([
        entry("unmarked", [press("https://p.pe")], undefined, { drivesADate: true }),
        entry("marked", [press("https://p.pe")], undefined, { drivesADate: true, pressOnly: true }),
        entry("not driving", [press("https://p.pe")]),
        entry("wrongly marked", [carrierPage("https://c.pe")], undefined, { pressOnly: true }),
        entry("unordered", [press("https://p.pe"), regulation("https://r.pe")]),
      ]),
    ).toEqual([
      "unmarked: drives a date, no primary source, no press-only mark",
      "wrongly marked: marked press only, but has a primary source",
      "unordered: sources not ordered best first",
    ]);
  });

  it("prints each fact with its kinds, its best source's tier and its age, then the primary share", () => {
    const lines = factReportLines(
      [
        entry("rule", [carrierPage("https://c.pe"), press("https://p.pe")]),
        entry("news", [press("https://p.pe")]),
      ],
      today,
    );
    expect(lines).toEqual([
      "news · kinds: press · best: tier 4 (press) · age: 9 d · press only",
      "rule · kinds: carrier, press · best: tier 3 (carrier) · age: 9 d",
      "Primary share: 1 of 2 distinct source addresses (50 %)",
    ]);
  });

  it("marks a fact checked over a year ago", () => {
    const [line] = factReportLines([entry("old", [regulation("https://r.pe")], "2025-01-01")], today);
    expect(line).toBe(
      "old · kinds: regulation · best: tier 1 (regulation) · age: 703 d · MAY BE OUT OF DATE",
    );
  });
});
