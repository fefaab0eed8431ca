import { useText } from "../i18n/useText.ts";

/** Said where a plan was to be replaced but the device would not keep a copy of it: so nothing was replaced. */
export function NothingReplacedNotice() {
  const t = useText();
  return (
    <p className="notice" role="alert">
      {t("welcome.startAgainRefused")}
    </p>
  );
}
