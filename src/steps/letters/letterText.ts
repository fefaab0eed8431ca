import type { LetterId, LetterLine, LetterValue } from "../../flow/letters.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { MessageId, Translate } from "../../i18n/useText.ts";
import { readableDate } from "../../ui/readableDate.ts";

/** What a letter shows where the app does not know what to write: the user fills it in by hand. */
export const blank = "[__________]";

/** A line of a letter in Spanish, and in the user's own language so they know what they sign. */
export type LetterTextLine = { id: LetterLine["id"]; spanish: string; own: string };

type Language = { t: Translate; locale: Locale };

/** Each letter's heading, in Spanish above the letter and in the user's language beside it. */
export const letterHeadings = {
  bajaRequest: "letters.bajaRequest.heading",
  cartaPoder: "letters.cartaPoder.heading",
  reclamo: "letters.reclamo.heading",
  queja: "letters.queja.heading",
  appeal: "letters.appeal.heading",
} as const satisfies Record<LetterId, MessageId>;

function valueText(value: LetterValue, { t, locale }: Language): string | number {
  if ("text" in value) return value.text;
  if ("day" in value) return readableDate(value.day, locale);
  if ("count" in value) return value.count;
  if ("option" in value) return t(value.option);
  if ("orLater" in value)
    return value.orLater ? t("letters.common.orLater", { day: readableDate(value.orLater, locale) }) : "";
  if ("hint" in value) {
    const whatGoesThere = t(`letters.hint.${value.hint}` as MessageId);
    return `[__________ (${whatGoesThere})]`;
  }
  return blank;
}

/** A line in one language, each value written as that language writes it. */
export const lineText = (line: LetterLine, language: Language): string =>
  language.t(
    line.id as MessageId,
    Object.fromEntries(
      Object.entries(line.values).map(([name, value]) => [name, valueText(value, language)]),
    ),
  );

/** Each line in Spanish and in the user's language. */
export const letterText = (
  lines: readonly LetterLine[],
  spanish: Translate,
  own: Translate,
  locale: Locale,
): LetterTextLine[] =>
  lines.map((line) => ({
    id: line.id,
    spanish: lineText(line, { t: spanish, locale: "es" }),
    own: lineText(line, { t: own, locale }),
  }));

/** What is copied, shared or printed: the Spanish only, the heading first, a paragraph per line. */
export const spanishLetter = (heading: string, lines: readonly LetterTextLine[]): string =>
  [heading, ...lines.map((line) => line.spanish)].join("\n\n");
