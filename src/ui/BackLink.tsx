import { useText } from "../i18n/useText.ts";

/** GOV.UK back link: placed before <main>, it goes to the page the user came from. */
export function BackLink({ onBack }: { onBack: () => void }) {
  const t = useText();
  return (
    <a
      href="#back"
      className="back-link"
      onClick={(event) => {
        event.preventDefault();
        onBack();
      }}
    >
      {t("common.back")}
    </a>
  );
}
