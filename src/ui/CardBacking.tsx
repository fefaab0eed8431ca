import type { Citation } from "../content/fact.ts";
import type { Translate } from "../i18n/useText.ts";
import { afterLabel, cardBackingWords, distinctSources } from "./citationText.ts";
import { SourceLinks } from "./SourceLinks.tsx";

/**
 * What backs a line of the counter card, on the card itself and in Spanish: a clerk who pushes back reads the rule
 * and where it is published there, not in a note at the foot of the page.
 */
export function CardBacking({ citations, spanish }: { citations: readonly Citation[]; spanish: Translate }) {
  const words = cardBackingWords(citations, spanish);
  return (
    <small className="fact-source">
      {afterLabel(spanish("source.backing"), words.join(" · "))}
      {words.length > 0 && " · "}
      <SourceLinks sources={distinctSources(citations)} t={spanish} />
    </small>
  );
}
