import { useText } from "../i18n/useText.ts";

export function ContinueButton({ onContinue }: { onContinue: () => void }) {
  const t = useText();
  return (
    <button type="button" className="button" onClick={onContinue}>
      {t("common.continue")}
    </button>
  );
}
