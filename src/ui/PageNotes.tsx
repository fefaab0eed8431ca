import {
  createContext,
  memo,
  type ReactNode,
  useCallback,
  useContext,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Citation } from "../content/fact.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useText } from "../i18n/useText.ts";
import { SourceLinks } from "./SourceLinks.tsx";
import { type Note, noteKey, noteNumbering, notesText } from "./sourceNotes.ts";

type Citing = { marker: HTMLElement; citations: readonly Citation[] };

type PageNotesValue = {
  numberOf: (markerId: string) => number | undefined;
  cite: (markerId: string, citing: Citing) => void;
  uncite: (markerId: string) => void;
};

const PageNotesContext = createContext<PageNotesValue | null>(null);

const inPageOrder = (first: Citing, second: Citing) =>
  first.marker.compareDocumentPosition(second.marker) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

/**
 * One list of sources for a page, at its end: each statement of fact carries the number of its note, counted in the
 * order the page shows them. Markers say what they cite once they are on the page, so the numbers follow the page
 * however its parts render, and a marker rendered twice (React's StrictMode) is still one citation.
 */
export function PageNotes({ children }: { children: ReactNode }) {
  const [citings, setCitings] = useState<ReadonlyMap<string, Citing>>(new Map());
  const cite = useCallback((markerId: string, citing: Citing) => {
    setCitings((current) => new Map(current).set(markerId, citing));
  }, []);
  const uncite = useCallback((markerId: string) => {
    setCitings((current) => {
      const next = new Map(current);
      next.delete(markerId);
      return next;
    });
  }, []);
  const { notes, numbers } = useMemo(() => {
    const numbering = noteNumbering();
    const ordered = [...citings].sort(([, first], [, second]) => inPageOrder(first, second));
    const numbers = new Map(
      ordered.map(([markerId, { citations }]) => [markerId, numbering.numberFor(citations)]),
    );
    return { notes: numbering.notes, numbers };
  }, [citings]);
  const value = useMemo(
    () => ({ numberOf: (markerId: string) => numbers.get(markerId), cite, uncite }),
    [numbers, cite, uncite],
  );
  return (
    <PageNotesContext.Provider value={value}>
      {children}
      <NotesList notes={notes} />
    </PageNotesContext.Provider>
  );
}

function usePageNotes(): PageNotesValue {
  const notes = useContext(PageNotesContext);
  if (!notes) throw new Error("A statement of fact is shown outside a page's notes");
  return notes;
}

/**
 * A statement's note number, as plain text rather than a link: it adds no Tab stop on the way to Continue, the list
 * follows the page anyway, and a screen reader hears "source 2" where the eye sees "[2]".
 */
export function NoteMarker({ citations }: { citations: readonly Citation[] }) {
  const t = useText();
  const notes = usePageNotes();
  const markerId = useId();
  const marker = useRef<HTMLElement>(null);
  const { cite, uncite } = notes;
  // A page that renders again (a keystroke in a field) builds its statements' citations anew: the same sources and
  // rules stay one citation, and only a change of them cites again.
  const citing = useRef(citations);
  citing.current = citations;
  const key = noteKey(citations);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the marker cites again when what it cites changes (its key).
  useLayoutEffect(() => {
    if (marker.current) cite(markerId, { marker: marker.current, citations: citing.current });
    return () => uncite(markerId);
  }, [markerId, key, cite, uncite]);
  const number = notes.numberOf(markerId);
  return (
    <sup className="note-marker" ref={marker}>
      {number !== undefined && (
        <>
          [<span className="visually-hidden">{t("source.marker")} </span>
          {number}]
        </>
      )}
    </sup>
  );
}

/**
 * The page's sources, one note per number: each source a link to its page (in Spanish), then the note's remarks.
 * Built again only when the notes change, not whenever the page around it renders (the plan, as the shell adds its
 * lines and tools under it).
 */
const NotesList = memo(function NotesList({ notes }: { notes: readonly Note[] }) {
  const t = useText();
  const locale = useLocale();
  const titleId = useId();
  if (notes.length === 0) return null;
  return (
    <section className="notes" aria-labelledby={titleId}>
      <h2 id={titleId}>{t("source.list")}</h2>
      <ol>
        {notesText(notes, t, locale).map(({ number, sources, remarks }) => (
          <li key={number}>
            <SourceLinks sources={sources} t={t} />
            {remarks.map((remark) => ` · ${remark}`)}
          </li>
        ))}
      </ol>
    </section>
  );
});
