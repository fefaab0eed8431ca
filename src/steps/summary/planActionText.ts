import type { PlanAction } from "../../flow/plan.ts";
import type { RecordLine } from "../../flow/requestRecord.ts";
import type { ShortAnswerPart } from "../../flow/shortAnswer.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { MessageId, Translate } from "../../i18n/useText.ts";
import { readableDate } from "../../ui/readableDate.ts";
import { channelLabels } from "../afterRequest/channelLabels.ts";

type Worded = Pick<PlanAction, "values" | "days">;

/** A message with its figures as they are and its days as the reader's language writes them. */
function wordedText(message: MessageId, { values, days }: Worded, t: Translate, locale: Locale): string {
  const readableDays = Object.fromEntries(
    Object.entries(days ?? {}).map(([name, day]) => [name, readableDate(day, locale)]),
  );
  return t(message, { ...values, ...readableDays });
}

/** A step of the plan in the reader's words. */
export const planActionText = (action: PlanAction, t: Translate, locale: Locale) =>
  wordedText(`plan.${action.id}` as MessageId, action, t, locale);

/** A line of what the person recorded after the request, in the reader's words. */
export const recordLineText = (line: RecordLine, t: Translate, locale: Locale) =>
  wordedText(
    `record.${line.id}` as MessageId,
    { ...line, values: { ...line.values, ...(line.channel && { channel: t(channelLabels[line.channel]) }) } },
    t,
    locale,
  );

/** A sentence of the short answer at the top of the plan, in the reader's words. */
export const shortAnswerText = (part: ShortAnswerPart, t: Translate, locale: Locale) =>
  wordedText(`short.${part.id}` as MessageId, part, t, locale);
