import type { Citation, IsoDate, Source } from "./fact.ts";

/** Where a kind of source stands: the regulation first; OSIPTEL and the rest of the State alike; our inference last. */
const tiers: Record<Source["kind"], number> = {
  regulation: 0,
  osiptel: 1,
  government: 1,
  carrier: 2,
  press: 3,
  inference: 4,
};

export const tierOf = (source: Source) => tiers[source.kind];

/** The regulation's text, OSIPTEL / gob.pe / El Peruano, or a carrier's own page: what a statement should rest on. */
export const isPrimary = (source: Source) => tierOf(source) <= tierOf({ url: "", kind: "carrier" });

/** The statement rests on the press (or our reading of it) alone: the page says so. */
export const restsOnPressOnly = (sources: readonly Source[]) => !sources.some(isPrimary);

/** A check older than this may no longer hold: rules and numbers in Peru change within a year. */
const monthsBeforeACheckIsOld = 12;

const monthsBefore = (day: IsoDate, months: number): IsoDate => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
};

/** Checked more than a year before today: the page tells the user to check with the carrier or OSIPTEL. */
export const mayBeOutOfDate = (lastVerified: IsoDate, today: IsoDate) =>
  lastVerified < monthsBefore(today, monthsBeforeACheckIsOld);

/** The oldest check among the facts a statement rests on. */
export const oldestCheck = (citations: readonly Citation[]): IsoDate | undefined =>
  citations.map(({ lastVerified }) => lastVerified).sort()[0];
