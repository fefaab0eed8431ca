import { aboutThisApp, basedOn } from "../../content/basis.ts";
import type { IsoDate } from "../../content/fact.ts";
import { type HolidayTableYear, holidaysByYear, pendingHolidayBills } from "../../content/holidays.ts";
import { outsideHolidayTable, yearsWithHolidays } from "../../flow/businessDays.ts";
import { useText } from "../../i18n/useText.ts";
import { Statement } from "../../ui/Statement.tsx";

/**
 * What the dates counted over these days rest on: holidays worked out from the law rather than a published list, or
 * none known at all outside the table's years.
 */
export function HolidayTableNote({ days }: { days: readonly IsoDate[] }) {
  const t = useText();
  const years = [...new Set(days.map((day) => Number(day.slice(0, 4))))];
  const workedOut = years.filter(
    (year): year is HolidayTableYear =>
      year in holidaysByYear && holidaysByYear[year as HolidayTableYear].dates === "workedOut",
  );
  return (
    <>
      {workedOut.map((year) => (
        <Statement key={year} basis={basedOn(holidaysByYear[year].listedIn)}>
          {t("holidays.workedOut", { year: String(year) })}
        </Statement>
      ))}
      {workedOut.length > 0 && (
        <Statement basis={basedOn(pendingHolidayBills)}>{t("holidays.pendingBills")}</Statement>
      )}
      {days.some(outsideHolidayTable) && (
        <Statement basis={aboutThisApp}>
          {t("holidays.outsideTable", {
            first: String(yearsWithHolidays.first),
            last: String(yearsWithHolidays.last),
          })}
        </Statement>
      )}
    </>
  );
}
