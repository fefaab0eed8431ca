import { carrierFacts } from "../content/carriers/index.ts";
import { type LineRecord, lineName, lineStanding, type SharedTrip } from "../flow/lines.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useText } from "../i18n/useText.ts";
import { readableDate } from "../ui/readableDate.ts";
import { stepTitle } from "./stepTitle.ts";

/**
 * How a line is named in the list (its carrier and number, else its place), where it stands, and what the lines still
 * to ask for share, in words.
 */
export function useLineText() {
  const t = useText();
  const locale = useLocale();
  const day = (date: string) => readableDate(date, locale);
  const label = (line: LineRecord, position: number): string => {
    const { carrier, number } = lineName(line.answers);
    // Without its number, a line's place tells it from another of the same carrier.
    if (!carrier) return t("lines.unnamed", { position });
    const name = carrierFacts[carrier].name;
    return number
      ? t("lines.withNumber", { line: name, number })
      : t("lines.withPosition", { line: name, position });
  };
  const standing = (line: LineRecord): string => {
    const where = lineStanding(line);
    switch (where.kind) {
      case "planning":
        return t("lines.planning", { step: stepTitle(where.step, line.answers, t) });
      case "asked":
        return t("lines.asked", { asked: day(where.asked), due: day(where.due) });
      case "gone":
        return t("lines.gone");
      case "wayUp":
        return where.reclamo
          ? t("lines.wayUpReclamo", { due: day(where.due), reclamo: day(where.reclamo) })
          : t("lines.wayUp", { due: day(where.due) });
    }
  };
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
  /** `labelOf` names each line as the list does. */
  const sharedTrip = <Line extends LineRecord>(
    trip: SharedTrip<Line>,
    labelOf: (line: Line) => string,
  ): string => {
    switch (trip.kind) {
      case "sameStore":
        return t("lines.trip.sameStore", {
          carrier: carrierFacts[trip.carrier].name,
          lines: list(trip.lines.map(labelOf)),
        });
      case "storesSameDay":
        return t("lines.trip.storesSameDay", {
          carriers: list(trip.carriers.map((carrier) => carrierFacts[carrier].name)),
        });
      case "beforeFlight":
        return t("lines.trip.beforeFlight", { flight: day(trip.flight), count: trip.lines.length });
    }
  };
  return { label, standing, sharedTrip };
}
