import type { Source } from "../content/fact.ts";
import type { Translate } from "../i18n/useText.ts";
import { kindOf, siteOf } from "./citationText.ts";

/** Each source as a link to its page (every one in Spanish) by its site's name, with its kind in `t`'s language. */
export function SourceLinks({ sources, t }: { sources: readonly Source[]; t: Translate }) {
  return sources.map((source, index) => (
    <span key={source.url}>
      {index > 0 && ", "}
      <a href={source.url} hrefLang="es" rel="noreferrer noopener" target="_blank">
        {siteOf(source)}
      </a>{" "}
      ({kindOf(source, t)})
    </span>
  ));
}
