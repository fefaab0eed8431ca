import { useState } from "react";
import { useText } from "../../i18n/useText.ts";
import { ConfirmPanel, useFocusReturn } from "../../ui/ConfirmPanel.tsx";

/** One button that removes everything the app stored on the device, after asking. */
export function DeleteMyData({ onDelete }: { onDelete: () => void }) {
  const t = useText();
  const [confirming, setConfirming] = useState(false);
  const opener = useFocusReturn<HTMLButtonElement>();
  if (confirming) {
    return (
      <ConfirmPanel
        id="delete-data"
        title={t("session.delete.confirmTitle")}
        confirmLabel={t("session.delete.confirm")}
        destructive
        onConfirm={() => {
          setConfirming(false);
          onDelete();
        }}
        onCancel={() => {
          opener.returnFocus();
          setConfirming(false);
        }}
      >
        <p>{t("session.delete.confirmText")}</p>
      </ConfirmPanel>
    );
  }
  return (
    <p>
      <button
        type="button"
        className="button button--secondary"
        ref={opener.ref}
        onClick={() => setConfirming(true)}
      >
        {t("session.delete.button")}
      </button>
    </p>
  );
}
