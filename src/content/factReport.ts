import type { IsoDate, Source } from "./fact.ts";
import { isPrimary, mayBeOutOfDate, restsOnPressOnly, tierOf } from "./sourceHealth.ts";

/** One fact, or one rule of a dated fact, as the maintainer's report lists it. */
export type FactEntry = {
  name: string;
  sources: readonly [Source, ...Source[]];
  lastVerified: IsoDate;
  pressOnly?: true;
  /** A date the app works out rests on it (the baja's due date, the way up, the holidays). */
  drivesADate: boolean;
};

export type FactRow = FactEntry & { ageDays: number; outOfDate: boolean; onPressAlone: boolean };

const dayMs = 86_400_000;
const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(to) - Date.parse(from)) / dayMs);

/** Most in need of a re-check first: out of date, then resting on the press alone, then the oldest check. */
export function factRows(entries: readonly FactEntry[], today: IsoDate): FactRow[] {
  const rows = entries.map((entry) => ({
    ...entry,
    ageDays: daysBetween(entry.lastVerified, today),
    outOfDate: mayBeOutOfDate(entry.lastVerified, today),
    onPressAlone: restsOnPressOnly(entry.sources),
  }));
  const urgency = (row: FactRow) => (row.outOfDate ? 2 : 0) + (row.onPressAlone ? 1 : 0);
  return rows.sort(
    (a, b) => urgency(b) - urgency(a) || b.ageDays - a.ageDays || a.name.localeCompare(b.name),
  );
}

/**
 * Each source address once, and how many of them are primary. A primary page stays primary where a fact cites our own
 * reading of it (an OSIPTEL tariff sheet read as a number to dial from abroad).
 */
export function primaryShare(entries: readonly FactEntry[]) {
  const addresses = new Set(entries.flatMap(({ sources }) => sources.map(({ url }) => url)));
  const primary = new Set(entries.flatMap(({ sources }) => sources.filter(isPrimary).map(({ url }) => url)));
  return {
    primary: primary.size,
    total: addresses.size,
    percent: Math.round((100 * primary.size) / addresses.size),
  };
}

/**
 * What the report fails on: a date-driving rule on the press alone without saying so, a "press only" mark on a fact
 * that now has a primary source, and sources not in tier order.
 */
export function factProblems(entries: readonly FactEntry[]): string[] {
  return entries.flatMap(({ name, sources, pressOnly, drivesADate }) => {
    const onPressAlone = restsOnPressOnly(sources);
    const tiers = sources.map(tierOf);
    return [
      ...(drivesADate && onPressAlone && !pressOnly
        ? [`${name}: drives a date, no primary source, no press-only mark`]
        : []),
      ...(pressOnly && !onPressAlone ? [`${name}: marked press only, but has a primary source`] : []),
      ...(tiers.some((tier, index) => index > 0 && tier < (tiers[index - 1] ?? tier))
        ? [`${name}: sources not ordered best first`]
        : []),
    ];
  });
}

/** The report as lines of text. */
export function factReportLines(entries: readonly FactEntry[], today: IsoDate): string[] {
  const share = primaryShare(entries);
  return [
    ...factRows(entries, today).map((row) => {
      const kinds = [...new Set(row.sources.map(({ kind }) => kind))].join(", ");
      const [best] = row.sources;
      const marks = [row.outOfDate && "MAY BE OUT OF DATE", row.onPressAlone && "press only"].filter(Boolean);
      return [
        row.name,
        `kinds: ${kinds}`,
        `best: tier ${tierOf(best) + 1} (${best.kind})`,
        `age: ${row.ageDays} d`,
        ...marks,
      ].join(" · ");
    }),
    `Primary share: ${share.primary} of ${share.total} distinct source addresses (${share.percent} %)`,
  ];
}
