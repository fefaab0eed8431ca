import type { ElementType, ReactNode } from "react";
import type { Basis } from "../content/basis.ts";
import { useText } from "../i18n/useText.ts";
import { labelGap } from "./citationText.ts";
import { NoteMarker } from "./PageNotes.tsx";

type StatementProps = { basis: Basis; children: ReactNode; as?: ElementType };

/**
 * One thing the app tells the user: a fact, with the number of its note in the page's sources, or our own advice,
 * marked as such. Every paragraph and list item of a page that informs is one of these
 * (tests/steps/everyStatementSourced.test.tsx).
 */
export function Statement({ basis, children, as: Tag = "p" }: StatementProps) {
  const t = useText();
  if (basis.kind === "app" || basis.kind === "notInSources") {
    return (
      <Tag className="statement" data-basis={basis.kind}>
        {children}
      </Tag>
    );
  }
  if (basis.kind === "advice") {
    const adviceMark = t("source.advice");
    return (
      <Tag className="statement" data-basis="advice">
        <strong className="advice-mark">{adviceMark}</strong>
        {labelGap(adviceMark)}
        {children}
      </Tag>
    );
  }
  return (
    <Tag className="statement" data-basis="facts">
      {children}
      <NoteMarker citations={basis.facts} />
    </Tag>
  );
}
