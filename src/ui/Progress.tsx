import type { PartOfTheWay } from "../flow/parts.ts";
import { useText } from "../i18n/useText.ts";

export function Progress({ number, total, part }: PartOfTheWay) {
  const t = useText();
  return (
    <p className="caption">{t("progress.caption", { number, total, part: t(`progress.part.${part}`) })}</p>
  );
}
