import type { Answers } from "../flow/answers.ts";
import { type CardOccasion, type StaffCardLine, staffCardLines } from "../flow/staffCard.ts";
import { useLanguageTag } from "../i18n/useLocale.ts";
import { useSpanishText } from "../i18n/useSpanishText.ts";
import { type Translate, useText } from "../i18n/useText.ts";
import { CardBacking } from "../ui/CardBacking.tsx";
import { afterLabel } from "../ui/citationText.ts";
import { StaffCard } from "../ui/StaffCard.tsx";
import { documentLabel } from "./documentItemText.ts";

/** A line of the card in one language. */
export function staffCardLineText(line: StaffCardLine, t: Translate): string {
  switch (line.id) {
    case "line":
      return t("staffCard.line", { number: line.number });
    case "callHolder":
      return t("staffCard.callHolder", { document: documentLabel(line.document, t) });
    case "bring":
      return afterLabel(
        t("staffCard.bring"),
        line.documents.map((item) => documentLabel(item, t)).join("; "),
      );
    default:
      return t(`staffCard.${line.id}`);
  }
}

/** Each visit's card title. */
export const staffCardTitles = {
  cancellation: "staffCard.title",
  changeOfHolder: "staffCard.titleChangeOfHolder",
  call: "staffCard.titleCall",
} as const;

/** The Spanish card for the counter at one visit, built from the user's answers, with their own language beside it. */
export function StaffCardForAnswers({
  answers,
  visit = "cancellation",
}: {
  answers: Answers;
  visit?: CardOccasion;
}) {
  return <StaffCardOf visit={visit} lines={staffCardLines(answers, visit)} />;
}

/** A card's lines in Spanish, each with the user's own language under it. */
export function StaffCardOf({
  visit,
  lines: cardLines,
}: {
  visit: CardOccasion;
  lines: readonly StaffCardLine[];
}) {
  const t = useText();
  const spanish = useSpanishText();
  const languageTag = useLanguageTag();
  if (!spanish) return null;
  const lines = cardLines.map((line) => ({
    spanish: staffCardLineText(line, spanish),
    own: staffCardLineText(line, t),
    backing: "backedBy" in line && <CardBacking citations={line.backedBy} spanish={spanish} />,
  }));
  return <StaffCard title={spanish(staffCardTitles[visit])} lines={lines} ownLang={languageTag} />;
}
