import { useText } from "../../i18n/useText.ts";
import { AskFirst } from "../../ui/AskFirst.tsx";

/** One button that removes everything the app stored on the device, after asking. */
export function DeleteMyData({ onDelete }: { onDelete: () => void }) {
  const t = useText();
  return (
    <AskFirst
      id="delete-data"
      label={t("session.delete.button")}
      title={t("session.delete.confirmTitle")}
      confirmLabel={t("session.delete.confirm")}
      destructive
      onConfirm={() => {
        onDelete();
        return true;
      }}
    >
      <p>{t("session.delete.confirmText")}</p>
    </AskFirst>
  );
}
