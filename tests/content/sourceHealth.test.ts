import { describe, expect, it } from "vitest";
import {
  carrierPage,
  governmentPage,
  inferredFrom,
  osiptelPage,
  press,
  regulation,
} from "../../src/content/fact.ts";
import {
  isPrimary,
  mayBeOutOfDate,
  oldestCheck,
  restsOnPressOnly,
  tierOf,
} from "../../src/content/sourceHealth.ts";

const url = "https://example.pe/a";

describe("how good a source is", () => {
  it("ranks the regulation first, then OSIPTEL and the State, the carrier, the press, and our inference last", () => {
    const ranked = [
      regulation(url),
      osiptelPage(url),
      governmentPage(url),
      carrierPage(url),
      press(url),
      inferredFrom(url),
    ];
    expect(ranked.map(tierOf)).toEqual([0, 1, 1, 2, 3, 4]);
  });

  it("counts the regulation, OSIPTEL / gob.pe / El Peruano and the carrier's own page as primary, not the press or our inference", () => {
    expect([regulation(url), osiptelPage(url), governmentPage(url), carrierPage(url)].every(isPrimary)).toBe(
      true,
    );
    expect([press(url), inferredFrom(url)].some(isPrimary)).toBe(false);
  });

  it("finds a statement on the press alone only when no source is primary", () => {
    expect(restsOnPressOnly([press(url), inferredFrom(url)])).toBe(true);
    expect(restsOnPressOnly([press(url), carrierPage(url)])).toBe(false);
  });
});

describe("when a check may be out of date", () => {
  it("is over twelve months before today, not on the day twelve months on", () => {
    expect(mayBeOutOfDate("2026-11-25", "2027-11-25")).toBe(false);
    expect(mayBeOutOfDate("2026-11-25", "2027-11-26")).toBe(true);
    expect(mayBeOutOfDate("2026-11-25", "2026-12-05")).toBe(false);
  });

  it("counts months across a year's end and a month's length", () => {
    expect(mayBeOutOfDate("2026-01-31", "2027-01-31")).toBe(false);
    expect(mayBeOutOfDate("2026-01-31", "2027-02-01")).toBe(true);
  });

  it("takes the oldest check among the facts a statement rests on", () => {
    const sources = [press(url)] as const;
    expect(
      oldestCheck([
        { sources, lastVerified: "2026-11-26" },
        { sources, lastVerified: "2026-11-25" },
        { sources, lastVerified: "2026-12-01" },
      ]),
    ).toBe("2026-11-25");
    expect(oldestCheck([])).toBeUndefined();
  });
});
