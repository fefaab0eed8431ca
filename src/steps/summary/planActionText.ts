import type { PlanAction } from "../../flow/plan.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { MessageId, Translate } from "../../i18n/useText.ts";
import { readableDate } from "../../ui/readableDate.ts";

/** A step of the plan in the reader's words: its figures as they are, its days as the reader's language writes them. */
export function planActionText({ id, values, days }: PlanAction, t: Translate, locale: Locale): string {
  const readableDays = Object.fromEntries(
    Object.entries(days ?? {}).map(([name, day]) => [name, readableDate(day, locale)]),
  );
  return t(`plan.${id}` as MessageId, { ...values, ...readableDays });
}
