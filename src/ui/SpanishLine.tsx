/** Whether a language tag names Spanish: then the Spanish line needs no translation under it. */
export const isSpanish = (languageTag: string) => languageTag.startsWith("es");

type SpanishLineProps = {
  spanish: string;
  /** The same line in the user's language. */
  own: string;
  /** The user's language tag. */
  ownLang: string;
};

/** A line in Spanish, for the carrier's staff, with the user's own language under it unless that is Spanish. */
export function SpanishLine({ spanish, own, ownLang }: SpanishLineProps) {
  return (
    <div className="spanish-line">
      <p className="spanish-line__spanish" lang="es-PE">
        {spanish}
      </p>
      {!isSpanish(ownLang) && (
        <p className="spanish-line__own" lang={ownLang}>
          {own}
        </p>
      )}
    </div>
  );
}
