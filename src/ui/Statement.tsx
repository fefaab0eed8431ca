import type { ElementType, ReactNode } from "react";
import type { Basis } from "../content/basis.ts";
import type { Citation } from "../content/fact.ts";
import { useLocale } from "../i18n/useLocale.ts";
import { useText } from "../i18n/useText.ts";
import { afterLabel, citationNotes, distinctSources, kindOf, labelGap, siteOf } from "./citationText.ts";

/** Small print under a statement: each source (every one is a Spanish page) with its kind, the norm, the check. */
export function Sources({ facts }: { facts: readonly Citation[] }) {
  const t = useText();
  const locale = useLocale();
  const sources = distinctSources(facts);
  return (
    <small className="fact-source">
      {afterLabel(t("source.label", { count: sources.length }), "")}
      {sources.map((source, index) => (
        <span key={source.url}>
          {index > 0 && ", "}
          <a href={source.url} hrefLang="es" rel="noreferrer noopener" target="_blank">
            {siteOf(source)}
          </a>{" "}
          ({kindOf(source, t)})
        </span>
      ))}
      {citationNotes(facts, t, locale).map((note) => ` · ${note}`)}
    </small>
  );
}

type StatementProps = { basis: Basis; children: ReactNode; as?: ElementType };

/**
 * One thing the app tells the user: a fact, shown with its sources, or our own advice, marked as such. Every
 * paragraph and list item of a page that informs is one of these (tests/steps/everyStatementSourced.test.tsx).
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
      <Sources facts={basis.facts} />
    </Tag>
  );
}
