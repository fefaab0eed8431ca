import { osiptel } from "../content/osiptel.ts";
import { type MessageId, useText } from "../i18n/useText.ts";
import { FactSource } from "../ui/FactSource.tsx";

/** A question's hint pointing to OSIPTEL's "Checa tus líneas", with its source. */
export function ChecaTusLineasHint({ text }: { text: MessageId }) {
  const t = useText();
  return (
    <>
      <p>{t(text)}</p>
      <FactSource fact={osiptel.checaTusLineas} />
    </>
  );
}
