import { isCalendarDay } from "../../flow/answerOptions.ts";
import { bajaDueDate } from "../../flow/businessDays.ts";
import { latestChosenDate } from "../../flow/requestDates.ts";
import type { Locale } from "../../i18n/locales.ts";
import { readableDate } from "../../ui/readableDate.ts";
import { today } from "../wizard.ts";

/** The limits the request's messages name: today in Lima, and the first and last day to choose after `requestDate`. */
export const requestLimits = (requestDate: string, locale: Locale) => ({
  today: readableDate(today(), locale),
  earliest: isCalendarDay(requestDate) ? readableDate(bajaDueDate(requestDate), locale) : "",
  latest: isCalendarDay(requestDate) ? readableDate(latestChosenDate(requestDate), locale) : "",
});
