import type { Citation, Source } from "../content/fact.ts";
import { mayBeOutOfDate, oldestCheck, restsOnPressOnly } from "../content/sourceHealth.ts";
import { dayInLima } from "../flow/limaDate.ts";
import type { Locale } from "../i18n/locales.ts";
import type { MessageId, Translate } from "../i18n/useText.ts";
import { readableDate } from "./readableDate.ts";

/** The space after a label ("Sources:", "来源："): none after a full-width colon, which carries its own. */
export const labelGap = (label: string) => (label.endsWith("：") ? "" : " ");

export const afterLabel = (label: string, text: string) => label + labelGap(label) + text;

/** The site a source is on, as people name it: "gestion.pe", "osiptel.gob.pe". */
export const siteOf = (source: Source) => new URL(source.url).hostname.replace(/^www\./, "");

export const kindOf = (source: Source, t: Translate) => t(`source.kind.${source.kind}` as MessageId);

/** Each source once, in the order the statements cite them. */
export const distinctSources = (citations: readonly Citation[]): Source[] => {
  const byAddress = new Map<string, Source>();
  for (const citation of citations) for (const source of citation.sources) byAddress.set(source.url, source);
  return [...byAddress.values()];
};

export type Norm = NonNullable<Citation["norm"]>;

/** Each norm the statements follow once, in the order they cite them. */
export const distinctNorms = (citations: readonly Citation[]): Norm[] => {
  const byName = new Map<string, Norm>();
  for (const { norm } of citations) if (norm) byName.set(norm.name, norm);
  return [...byName.values()];
};

/** A norm by its name, with the day it took effect where it replaced an earlier one. */
export function normText(norm: Norm, t: Translate, locale: Locale): string {
  if (norm.from === null) return t("source.norm", { norm: norm.name });
  return t(norm.startToBeConfirmed ? "source.normSinceToConfirm" : "source.normSince", {
    norm: norm.name,
    date: readableDate(norm.from, locale),
  });
}

/**
 * Whether the statements rest on the press alone, and the oldest check among them (flagged when it is over a year
 * old): what a reader should weigh besides the sources themselves.
 */
export function checkNotes(citations: readonly Citation[], t: Translate, locale: Locale): string[] {
  const checked = oldestCheck(citations);
  return [
    ...(restsOnPressOnly(distinctSources(citations)) ? [t("source.pressOnly")] : []),
    ...(checked ? [t("source.lastVerified", { date: readableDate(checked, locale) })] : []),
    ...(checked && mayBeOutOfDate(checked, dayInLima(new Date())) ? [t("source.mayBeOutOfDate")] : []),
  ];
}

/**
 * What backs a line of the counter card, in Spanish for the clerk: the rule, then the remarks a reader should weigh
 * (the press alone, the day checked). The sources themselves follow, as links on screen or addresses in the file.
 */
export function cardBackingWords(citations: readonly Citation[], spanish: Translate): string[] {
  return [
    ...distinctNorms(citations).map((norm) => normText(norm, spanish, "es")),
    ...checkNotes(citations, spanish, "es"),
  ];
}
