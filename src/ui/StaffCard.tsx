import { useId } from "react";
export type StaffCardLine = { spanish: string; own: string };

type StaffCardProps = {
  title: string;
  lines: readonly StaffCardLine[];
  /** The user's own language, shown beside the Spanish unless it is Spanish already. */
  ownLang: string;
};

/** A large-type card in Spanish for the carrier's staff, readable at arm's length. */
export function StaffCard({ title, lines, ownLang }: StaffCardProps) {
  const showOwn = !ownLang.startsWith("es");
  const titleId = useId();
  return (
    <section className="staff-card" aria-labelledby={titleId} lang="es-PE">
      <h2 id={titleId}>{title}</h2>
      {lines.map((line) => (
        <div className="staff-card__line" key={line.spanish}>
          <p className="staff-card__spanish">{line.spanish}</p>
          {showOwn && (
            <p className="staff-card__own" lang={ownLang}>
              {line.own}
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
