import { useText } from "../i18n/useText.ts";

export function ErrorMessage({ id, message }: { id: string; message: string }) {
  const t = useText();
  return (
    <p className="error-message" id={id}>
      <span className="visually-hidden">{t("common.errorPrefix")} </span>
      {message}
    </p>
  );
}
