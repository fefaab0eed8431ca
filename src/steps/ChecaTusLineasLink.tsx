import { checaTusLineas } from "../content/rights.ts";
import { useText } from "../i18n/useText.ts";

/** The link to OSIPTEL's "Checa tus líneas", where a person sees the lines registered to an ID document. */
export function ChecaTusLineasLink() {
  const t = useText();
  return (
    <p>
      <a href={String(checaTusLineas.value)} rel="noreferrer noopener" target="_blank">
        {t("holderAdvice.notSure.link")}
      </a>
    </p>
  );
}
