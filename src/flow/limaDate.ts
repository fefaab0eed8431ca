import type { IsoDate } from "../content/fact.ts";

/** Peru keeps one time zone, five hours behind UTC, with no summer time since 1994. */
const limaBehindUtcMs = 5 * 60 * 60 * 1000;

/**
 * The calendar day it is in Lima at that moment, wherever the phone is: the day Peru's rules count from. Worked out
 * from the fixed offset: a formatter for the time zone gives the same day (tests/flow/limaDate.test.ts) at ten times
 * the cost, paid on every answer.
 */
export const dayInLima = (moment: Date): IsoDate =>
  new Date(moment.getTime() - limaBehindUtcMs).toISOString().slice(0, 10);
