import { describe, expect, it } from "vitest";
import { factSchema } from "../../src/content/fact.ts";
import {
  daysOffForThePublicSectorStillCount,
  holidayLaws,
  holidaysByYear,
  holidayYears,
} from "../../src/content/holidays.ts";

const tables = holidayYears.map((year) => [year, holidaysByYear[year]] as const);

describe("the national holiday table", () => {
  it("covers 2026 and 2027, one year after another", () => {
    expect(holidayYears).toEqual([2026, 2027]);
  });

  it("has 2026 from a published list and 2027 worked out from the law", () => {
    expect(holidaysByYear[2026].dates).toBe("published");
    expect(holidaysByYear[2026].listedIn.sources[0]).toEqual({
      url: "https://www.gob.pe/feriados",
      kind: "government",
    });
    expect(holidaysByYear[2027].dates).toBe("workedOut");
    expect(holidaysByYear[2027].listedIn.sources.map(({ kind }) => kind)).toEqual([
      "regulation",
      "regulation",
      "inference",
    ]);
  });

  it("cites each holiday law first as El Peruano published it", () => {
    for (const law of Object.values(holidayLaws)) {
      expect(law.sources[0].kind).toBe("regulation");
      expect(new URL(law.sources[0].url).hostname).toBe("busquedas.elperuano.pe");
    }
  });

  it.each(tables)("holds, for %i, as many holidays as its list counts, in date order", (_, table) => {
    expect(table.holidays).toHaveLength(Number(table.listedIn.value));
    const days = table.holidays.map((holiday) => holiday.day);
    expect(days).toEqual([...days].sort());
  });

  it.each(tables)("lists the same holidays by name in %i as in 2026", (_, table) => {
    const names = (holidays: readonly { name: string }[]) => holidays.map((holiday) => holiday.name);
    expect(names(table.holidays)).toEqual(names(holidaysByYear[2026].holidays));
  });

  it.each([
    ["2026-04-02", "Jueves Santo"],
    ["2026-04-03", "Viernes Santo"],
    ["2027-03-25", "Jueves Santo"],
    ["2027-03-26", "Viernes Santo"],
    ["2026-07-23", "Día de la Fuerza Aérea del Perú"],
    ["2026-07-28", "Fiestas Patrias"],
    ["2026-07-29", "Fiestas Patrias"],
    ["2026-12-08", "Inmaculada Concepción"],
    ["2026-12-09", "Batalla de Ayacucho"],
    ["2027-01-01", "Año Nuevo"],
  ])("has %s as %s", (day, name) => {
    const all = Object.values(holidaysByYear).flatMap((table) => table.holidays);
    expect(all.find((holiday) => holiday.day === day)?.name).toBe(name);
  });

  it("does not take 23 September, or the 2 January 2026 día no laborable, for a holiday", () => {
    const days = Object.values(holidaysByYear).flatMap((table) =>
      table.holidays.map((holiday) => holiday.day),
    );
    expect(days).not.toContain("2026-09-23");
    expect(days).not.toContain("2026-01-02");
  });

  it("cites the law of each holiday, the 23 July holiday from the law that made it", () => {
    const airForceDay = holidaysByYear[2026].holidays.find((holiday) => holiday.day === "2026-07-23");
    expect(airForceDay?.law).toBe("ley31822");
    expect(holidayLaws.ley31822.value).toBe("Ley 31822, art. 4");
  });

  it("backs every law, list and note with a fact of the right shape, checked on the primary-sources reading", () => {
    const facts = [
      ...Object.values(holidayLaws),
      ...Object.values(holidaysByYear).map((table) => table.listedIn),
      daysOffForThePublicSectorStillCount,
    ];
    for (const fact of facts) {
      expect(factSchema.safeParse(fact).success).toBe(true);
      expect(fact.lastVerified).toBe("2026-11-26");
    }
  });
});
