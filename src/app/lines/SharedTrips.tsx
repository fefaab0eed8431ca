import { ourAdvice } from "../../content/basis.ts";
import { carrierFacts } from "../../content/carriers/index.ts";
import { type SharedTrip, sharedTrips } from "../../flow/lines.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useText } from "../../i18n/useText.ts";
import { readableDate } from "../../ui/readableDate.ts";
import { Statement } from "../../ui/Statement.tsx";
import type { SavedLine } from "../session/sessionFormat.ts";

type SharedTripsProps = { lines: readonly SavedLine[]; label: (line: SavedLine) => string };

/** What the lines still to ask for have in common (one store, one day, one flight), said once for all of them. */
export function SharedTrips({ lines, label }: SharedTripsProps) {
  const t = useText();
  const locale = useLocale();
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  const text = (trip: SharedTrip<SavedLine>) => {
    switch (trip.kind) {
      case "sameStore":
        return t("lines.trip.sameStore", {
          carrier: carrierFacts[trip.carrier].name,
          lines: list(trip.lines.map((line) => label(line))),
        });
      case "storesSameDay":
        return t("lines.trip.storesSameDay", {
          carriers: list(trip.carriers.map((carrier) => carrierFacts[carrier].name)),
        });
      case "beforeFlight":
        return t("lines.trip.beforeFlight", {
          flight: readableDate(trip.flight, locale),
          count: trip.lines.length,
        });
    }
  };
  return sharedTrips(lines).map((trip) => (
    <Statement key={trip.kind} basis={ourAdvice}>
      {text(trip)}
    </Statement>
  ));
}
