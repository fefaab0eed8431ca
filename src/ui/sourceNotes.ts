import type { Citation, Source } from "../content/fact.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Translate } from "../i18n/useText.ts";
import { checkNotes, distinctNorms, distinctSources, normText } from "./citationText.ts";

/** One note of a page's list: the citations of every statement that points to it. */
export type Note = { key: string; citations: Citation[] };

/** The sources and rules a statement rests on, in any order: two statements resting on the same share a note. */
export const noteKey = (citations: readonly Citation[]) =>
  JSON.stringify([
    distinctSources(citations)
      .map(({ url }) => url)
      .sort(),
    distinctNorms(citations)
      .map(({ name }) => name)
      .sort(),
  ]);

/**
 * A page's notes, numbered in the order its statements cite them: a statement resting on the same sources and rules
 * as an earlier one takes that one's number.
 */
export function noteNumbering() {
  const notes: Note[] = [];
  const numberFor = (citations: readonly Citation[]): number => {
    const key = noteKey(citations);
    const earlier = notes.find((note) => note.key === key);
    if (earlier) {
      earlier.citations.push(...citations);
      return notes.indexOf(earlier) + 1;
    }
    notes.push({ key, citations: [...citations] });
    return notes.length;
  };
  return { numberFor, notes };
}

/** What a note says besides its sources: the rules, whether the press alone stands behind it, the date checked. */
export type NoteText = { number: number; sources: Source[]; remarks: string[] };

/**
 * Each note's sources and remarks. A rule is named once in the list, in the first note that follows it; a later
 * note points to that one.
 */
export function notesText(notes: readonly Note[], t: Translate, locale: Locale): NoteText[] {
  const namedIn = new Map<string, number>();
  return notes.map(({ citations }, index) => {
    const number = index + 1;
    const norms = distinctNorms(citations).map((norm) => {
      const earlier = namedIn.get(norm.name);
      if (earlier !== undefined) return t("source.normAsIn", { number: earlier });
      namedIn.set(norm.name, number);
      return normText(norm, t, locale);
    });
    return {
      number,
      sources: distinctSources(citations),
      remarks: [...norms, ...checkNotes(citations, t, locale)],
    };
  });
}
