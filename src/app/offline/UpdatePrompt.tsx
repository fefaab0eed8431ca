import { useSyncExternalStore } from "react";
import { useText } from "../../i18n/useText.ts";
import { applyUpdate, isUpdateWaiting, subscribeToUpdate } from "./serviceWorkerUpdate.ts";

/**
 * A quiet, in-page offer to switch to a new version of the app once it is installed. Reloading keeps the user's
 * place: the session is saved on the device and the address names the step. The live region is always present so
 * that screen readers announce the offer when it appears.
 */
export function UpdatePrompt() {
  const t = useText();
  const waiting = useSyncExternalStore(subscribeToUpdate, isUpdateWaiting, () => false);
  return (
    <div className="update-prompt" role="status">
      {waiting && (
        <p className="update-prompt__message">
          {t("update.available")}{" "}
          <button type="button" className="button button--secondary" onClick={applyUpdate}>
            {t("update.reload")}
          </button>
        </p>
      )}
    </div>
  );
}
