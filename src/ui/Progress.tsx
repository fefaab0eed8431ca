import { useText } from "../i18n/useText.ts";

export function Progress({ current, total }: { current: number; total: number }) {
  const t = useText();
  return <p className="caption">{t("common.progress", { current, total })}</p>;
}
