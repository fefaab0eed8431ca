import { useText } from "../../i18n/useText.ts";
import type { SavedSession } from "./savedSession.ts";
import type { SyncConflict } from "./useSessionSync.ts";

type SessionConflictNoticeProps = {
  conflict: SyncConflict;
  onShowNewer: (session: SavedSession) => void;
  onKeepThisTab: () => void;
  onClearThisTab: () => void;
};

/** Tells the user another tab changed or deleted the saved answers, and lets them choose which to keep. */
export function SessionConflictNotice({
  conflict,
  onShowNewer,
  onKeepThisTab,
  onClearThisTab,
}: SessionConflictNoticeProps) {
  const t = useText();
  return (
    <section className="notice" aria-labelledby="session-conflict">
      <p id="session-conflict" role="alert">
        {t(conflict.kind === "newer" ? "session.conflict.newer" : "session.conflict.deleted")}
      </p>
      <div className="button-group">
        {conflict.kind === "newer" ? (
          <button type="button" className="button" onClick={() => onShowNewer(conflict.session)}>
            {t("session.conflict.showNewer")}
          </button>
        ) : (
          <button type="button" className="button" onClick={onClearThisTab}>
            {t("session.conflict.clearThisTab")}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onKeepThisTab}>
          {t("session.conflict.keepThisTab")}
        </button>
      </div>
    </section>
  );
}
