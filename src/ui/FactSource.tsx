import type { Fact } from "../content/fact.ts";
import { useText } from "../i18n/useText.ts";

/** Small print under a fact: where it comes from and when it was last checked. */
export function FactSource({ fact }: { fact: Fact }) {
  const t = useText();
  const site = new URL(fact.source).hostname.replace(/^www\./, "");
  return (
    <p className="fact-source">
      {t("common.source")}:{" "}
      <a href={fact.source} rel="noreferrer noopener" target="_blank">
        {site}
      </a>
      , {t("common.lastVerified", { date: fact.lastVerified })}
    </p>
  );
}
