import { basedOn } from "../content/basis.ts";
import { checaTusLineas } from "../content/rights.ts";
import { type MessageId, useText } from "../i18n/useText.ts";
import { Statement } from "../ui/Statement.tsx";

/** A question's hint pointing to OSIPTEL's "Checa tus líneas", with its source. */
export function ChecaTusLineasHint({ text }: { text: MessageId }) {
  const t = useText();
  return <Statement basis={basedOn(checaTusLineas)}>{t(text)}</Statement>;
}
