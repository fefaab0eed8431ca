import { ourAdvice } from "../../content/basis.ts";
import { sharedTrips } from "../../flow/lines.ts";
import { useLineText } from "../../steps/lineText.ts";
import { Statement } from "../../ui/Statement.tsx";
import type { SavedLine } from "../session/sessionFormat.ts";

type SharedTripsProps = { lines: readonly SavedLine[]; label: (line: SavedLine) => string };

/** What the lines still to ask for have in common (one store, one day, one flight), said once for all of them. */
export function SharedTrips({ lines, label }: SharedTripsProps) {
  const text = useLineText();
  return sharedTrips(lines).map((trip) => (
    <Statement key={trip.kind} basis={ourAdvice}>
      {text.sharedTrip(trip, label)}
    </Statement>
  ));
}
