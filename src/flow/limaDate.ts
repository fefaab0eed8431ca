import type { IsoDate } from "../content/fact.ts";

/** Peru keeps one time zone, with no summer time. */
const limaDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "America/Lima",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day it is in Lima at that moment, wherever the phone is: the day Peru's rules count from. */
export const dayInLima = (moment: Date): IsoDate => limaDay.format(moment);
