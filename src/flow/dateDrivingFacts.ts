import { afterRequest } from "../content/afterRequest.ts";
import { bajaDeadline, latestChosenDateMonths } from "../content/bajaDeadline.ts";
import { holidayLaws, holidaysByYear, holidayYears } from "../content/holidays.ts";

/**
 * The facts behind every date the app works out (the baja's due date, the way up, the business days between): each
 * must rest on a primary source or say that it rests on the press alone.
 */
export const dateDrivingFacts: ReadonlySet<object> = new Set([
  bajaDeadline,
  latestChosenDateMonths,
  afterRequest.reclamoAnswerDays,
  afterRequest.reclamoNotifyDays,
  afterRequest.appealDays,
  ...Object.values(holidayLaws),
  ...holidayYears.map((year) => holidaysByYear[year].listedIn),
]);
