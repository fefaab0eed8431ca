import { type ReactNode, useId } from "react";
import { SpanishLine } from "./SpanishLine.tsx";

/** A line in Spanish and in the user's language, with what backs it up (in Spanish) where a clerk may push back. */
export type StaffCardLine = { spanish: string; own: string; backing?: ReactNode };

type StaffCardProps = {
  title: string;
  lines: readonly StaffCardLine[];
  /** The user's own language, shown beside the Spanish unless it is Spanish already. */
  ownLang: string;
};

/** A large-type card in Spanish for the carrier's staff, readable at arm's length. */
export function StaffCard({ title, lines, ownLang }: StaffCardProps) {
  const titleId = useId();
  return (
    <section className="staff-card" aria-labelledby={titleId} lang="es-PE">
      <h2 id={titleId}>{title}</h2>
      {lines.map((line) => (
        <div key={line.spanish}>
          <SpanishLine spanish={line.spanish} own={line.own} ownLang={ownLang} />
          {line.backing}
        </div>
      ))}
    </section>
  );
}
