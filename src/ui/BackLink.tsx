import { useText } from "../i18n/useText.ts";

/** GOV.UK back link: placed before <main>, it goes to the page the user came from. */
export function BackLink({ href, onBack }: { href: string; onBack: () => void }) {
  const t = useText();
  return (
    <a
      href={href}
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
