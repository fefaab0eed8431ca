import { useLingui } from "@lingui/react";
import type { Answers } from "../flow/answers.ts";
import { documentsFor } from "../flow/documents.ts";
import { useSpanishText } from "../i18n/useSpanishText.ts";
import { type Translate, useText } from "../i18n/useText.ts";
import { StaffCard } from "../ui/StaffCard.tsx";
import { documentLabel } from "./documentItemText.ts";

const cardLines = (answers: Answers, t: Translate) => [
  t("staffCard.request"),
  ...(answers.lineNumber ? [t("staffCard.line", { number: answers.lineNumber })] : []),
  t("staffCard.proof"),
  `${t("staffCard.bring")} ${documentsFor(answers)
    .map(({ id }) => documentLabel(id, t))
    .join("; ")}`,
];

/** The Spanish card for the counter, built from the user's answers, with their own language beside it. */
export function StaffCardForAnswers({ answers }: { answers: Answers }) {
  const t = useText();
  const spanish = useSpanishText();
  const { i18n } = useLingui();
  if (!spanish) return null;
  const own = cardLines(answers, t);
  const lines = cardLines(answers, spanish).map((line, index) => ({ spanish: line, own: own[index] ?? "" }));
  return <StaffCard title={spanish("staffCard.title")} lines={lines} ownLang={i18n.locale} />;
}
