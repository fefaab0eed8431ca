import {
  type Fact,
  fact,
  governmentPage,
  type IsoDate,
  inferredFrom,
  press,
  regulation,
  verifiedOn,
} from "./fact.ts";

const verified = verifiedOn.primarySources;

// Each law as El Peruano published it, first; the gazette pages could not be read when checked, so the press pages
// that quote the laws stay beside them.
const inElPeruano = (id: string) => regulation(`https://busquedas.elperuano.pe/dispositivo/NL/${id}`);
const gazette = {
  ley31381: inElPeruano("2026913-1"),
  ley31530: inElPeruano("2089960-2"),
  ley31788: inElPeruano("2187453-1"),
  ley31822: inElPeruano("2194316-1"),
};
const officialHolidayCalendar = "https://www.gob.pe/feriados";
const article6AsAmendedByLey31788 =
  "https://tgs-sarrio.pe/articulo/alerta-laboral-declaran-feriado-el-dia-7-de-junio";
const ley31822AirForceDay =
  "https://libero.pe/amp/tiempoextra/2025/07/11/23-de-julio-es-feriado-en-peru-esto-informa-peruano-dia-libre-sector-publico-privado-232155";
const ley31530Junin =
  "https://magazinjurisprudencial.com/nuevo-feriado-nacional-declaran-el-06-de-agosto-dia-de-la-batalla-de-junin-como-feriado-no-laborable-ley-no-31530/";
const ley31381Ayacucho =
  "https://taxpartners.com.pe/declaran-el-09-de-diciembre-como-dia-feriado-no-laborable";
const rpp2026List =
  "https://rpp.pe/peru/actualidad/feriados-2026-la-lista-completa-de-los-16-feriados-nacionales-del-peru-noticia-1669432";
const daysOffDecree2025 =
  "https://panamericana.pe/nacionales/439335-gobierno-decreta-tres-nuevos-dias-laborables-compensables-2025-2026";

/** The law that made each day a national holiday, as Peruvian law cites it. */
export const holidayLaws = {
  dLeg713: fact("Decreto Legislativo 713, art. 6", [gazette.ley31788, press(article6AsAmendedByLey31788)], {
    verified,
  }),
  ley31381: fact("Ley 31381", [gazette.ley31381, press(ley31381Ayacucho)], { verified }),
  ley31530: fact("Ley 31530", [gazette.ley31530, press(ley31530Junin)], { verified }),
  ley31788: fact("Ley 31788", [gazette.ley31788, press(article6AsAmendedByLey31788)], { verified }),
  ley31822: fact("Ley 31822, art. 4", [gazette.ley31822, press(ley31822AirForceDay)], { verified }),
};

/**
 * Días no laborables, decreed each year for the public sector, are not holidays here: they leave out
 * telecommunications among the essential services, and for tax purposes they count as business days.
 */
/**
 * Bills that would change the holidays, none enacted when checked: a committee's dictamen moving 7 June, 23 July,
 * 6 August and 1 November to Mondays, and a new holiday on 13 October that Mincetur called viable.
 */
export const pendingHolidayBills = fact(
  null,
  [
    press(
      "https://www.atv.pe/noticia/congreso-aprueba-dictamen-que-proponer-trasladar-feriados-a-los-lunes/",
    ),
    press(
      "https://www.infobae.com/peru/2026/01/06/nuevo-feriado-en-peru-es-viable-considera-el-mincetur-esta-seria-la-fecha/",
    ),
  ],
  { verified: verifiedOn.audit },
);

export const daysOffForThePublicSectorStillCount = fact(null, [press(daysOffDecree2025)], { verified });

export type Holiday = { day: IsoDate; name: string; law: keyof typeof holidayLaws };

export type HolidayYear = {
  /** Checked against a list published for that year, or worked out by us from the law (to check once one is). */
  dates: "published" | "workedOut";
  /** The list, or the law, the dates come from; its value is the number of national holidays that year. */
  listedIn: Fact;
  holidays: readonly Holiday[];
};

export const holidaysByYear = {
  2026: {
    dates: "published",
    listedIn: fact(16, [governmentPage(officialHolidayCalendar), press(rpp2026List)], { verified }),
    holidays: [
      { day: "2026-01-01", name: "Año Nuevo", law: "dLeg713" },
      { day: "2026-04-02", name: "Jueves Santo", law: "dLeg713" },
      { day: "2026-04-03", name: "Viernes Santo", law: "dLeg713" },
      { day: "2026-05-01", name: "Día del Trabajo", law: "dLeg713" },
      { day: "2026-06-07", name: "Batalla de Arica y Día de la Bandera", law: "ley31788" },
      { day: "2026-06-29", name: "San Pedro y San Pablo", law: "dLeg713" },
      { day: "2026-07-23", name: "Día de la Fuerza Aérea del Perú", law: "ley31822" },
      { day: "2026-07-28", name: "Fiestas Patrias", law: "dLeg713" },
      { day: "2026-07-29", name: "Fiestas Patrias", law: "dLeg713" },
      { day: "2026-08-06", name: "Batalla de Junín", law: "ley31530" },
      { day: "2026-08-30", name: "Santa Rosa de Lima", law: "dLeg713" },
      { day: "2026-10-08", name: "Combate de Angamos", law: "dLeg713" },
      { day: "2026-11-01", name: "Todos los Santos", law: "dLeg713" },
      { day: "2026-12-08", name: "Inmaculada Concepción", law: "dLeg713" },
      { day: "2026-12-09", name: "Batalla de Ayacucho", law: "ley31381" },
      { day: "2026-12-25", name: "Navidad del Señor", law: "dLeg713" },
    ],
  },
  // Easter Sunday 2027 falls on 28 March, so Jueves and Viernes Santo on the 25th and 26th.
  2027: {
    dates: "workedOut",
    listedIn: fact(16, [gazette.ley31788, gazette.ley31822, inferredFrom(article6AsAmendedByLey31788)], {
      verified,
    }),
    holidays: [
      { day: "2027-01-01", name: "Año Nuevo", law: "dLeg713" },
      { day: "2027-03-25", name: "Jueves Santo", law: "dLeg713" },
      { day: "2027-03-26", name: "Viernes Santo", law: "dLeg713" },
      { day: "2027-05-01", name: "Día del Trabajo", law: "dLeg713" },
      { day: "2027-06-07", name: "Batalla de Arica y Día de la Bandera", law: "ley31788" },
      { day: "2027-06-29", name: "San Pedro y San Pablo", law: "dLeg713" },
      { day: "2027-07-23", name: "Día de la Fuerza Aérea del Perú", law: "ley31822" },
      { day: "2027-07-28", name: "Fiestas Patrias", law: "dLeg713" },
      { day: "2027-07-29", name: "Fiestas Patrias", law: "dLeg713" },
      { day: "2027-08-06", name: "Batalla de Junín", law: "ley31530" },
      { day: "2027-08-30", name: "Santa Rosa de Lima", law: "dLeg713" },
      { day: "2027-10-08", name: "Combate de Angamos", law: "dLeg713" },
      { day: "2027-11-01", name: "Todos los Santos", law: "dLeg713" },
      { day: "2027-12-08", name: "Inmaculada Concepción", law: "dLeg713" },
      { day: "2027-12-09", name: "Batalla de Ayacucho", law: "ley31381" },
      { day: "2027-12-25", name: "Navidad del Señor", law: "dLeg713" },
    ],
  },
} satisfies Record<number, HolidayYear>;

export type HolidayTableYear = keyof typeof holidaysByYear;

/** The years the table covers, in order, with no gap between them. */
export const holidayYears = Object.keys(holidaysByYear).map(Number) as HolidayTableYear[];
