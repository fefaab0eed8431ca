import { describe, expect, it } from "vitest";
import { primaryShare } from "../../src/content/factReport.ts";
import { factTable } from "../facts/factTable.ts";
import { factEntries } from "../support/contentFacts.ts";

describe("the app's own facts, as `npm run facts` reports them", () => {
  it("have no problem the report fails on", () => {
    expect(factTable().problems).toEqual([]);
  });

  // 40 % until the facts for someone abroad (roaming, OSIPTEL's e-mail, lines left behind, postpaid debt), for which
  // the research found only the press: a floor just under today's share, so that the next press source is a choice.
  it("rest on primary sources for at least 38 % of their distinct addresses", () => {
    const { primary, total } = primaryShare(factEntries());
    expect(primary / total).toBeGreaterThanOrEqual(0.38);
    expect(factTable().lines.at(-1)).toMatch(
      /^Primary share: \d+ of \d+ distinct source addresses \(\d+ %\)$/,
    );
  });

  it("list each fact once, with the rules behind the computed dates among them", () => {
    const names = factEntries().map(({ name }) => name);
    expect(new Set(names).size).toBe(names.length);
    expect(factEntries().filter(({ drivesADate }) => drivesADate).length).toBeGreaterThanOrEqual(10);
  });

  it("cite no document-sharing copy as the carrier's own page", () => {
    const carrierAddresses = factEntries().flatMap(({ sources }) =>
      sources.filter(({ kind }) => kind === "carrier").map(({ url }) => new URL(url).hostname),
    );
    for (const host of carrierAddresses)
      expect(host).toMatch(/(^|\.)(bitel|claro|movistar|entel)\.com\.pe$|(^|\.)entel\.pe$/);
  });
});
