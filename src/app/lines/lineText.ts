import { carrierFacts } from "../../content/carriers/index.ts";
import { lineName, lineStanding } from "../../flow/lines.ts";
import { useLocale } from "../../i18n/useLocale.ts";
import { useText } from "../../i18n/useText.ts";
import { stepTitle } from "../../steps/stepTitle.ts";
import { readableDate } from "../../ui/readableDate.ts";
import type { SavedLine } from "../session/sessionFormat.ts";

/** How a line is named in the list (its carrier and number, else its place) and where it stands, in words. */
export function useLineText() {
  const t = useText();
  const locale = useLocale();
  const label = (line: SavedLine, position: number): string => {
    const { carrier, number } = lineName(line.answers);
    const name = carrier ? carrierFacts[carrier].name : t("lines.unnamed", { position });
    return number ? t("lines.withNumber", { line: name, number }) : name;
  };
  const standing = (line: SavedLine): string => {
    const where = lineStanding(line);
    const day = (date: string) => readableDate(date, locale);
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
  return { label, standing };
}
