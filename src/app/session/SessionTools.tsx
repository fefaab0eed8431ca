import { useText } from "../../i18n/useText.ts";
import { downloadFile } from "../../ui/downloadFile.ts";
import { DeleteMyData } from "./DeleteMyData.tsx";
import { ImportSession } from "./ImportSession.tsx";
import type { SavedSession } from "./savedSession.ts";
import { sessionFileName, sessionFileText } from "./sessionFile.ts";

type SessionToolsProps = {
  currentSession: () => SavedSession;
  onReplace: (session: SavedSession) => void;
  onDeleteAll: () => void;
};

/** On the summary: take the session to another device or browser, bring one in, or delete everything saved. */
export function SessionTools({ currentSession, onReplace, onDeleteAll }: SessionToolsProps) {
  const t = useText();
  return (
    <section aria-labelledby="session-tools-title">
      <h2 id="session-tools-title">{t("session.tools.title")}</h2>
      <p>{t("session.tools.intro")}</p>
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadFile(sessionFileName, sessionFileText(currentSession()), "application/json")}
        >
          {t("session.download")}
        </button>
      </p>
      {/* A file's revision counted on the device that wrote it; here it replaces the session this tab knows. */}
      <ImportSession
        onReplace={(imported) => onReplace({ ...imported, revision: currentSession().revision })}
      />
      <DeleteMyData onDelete={onDeleteAll} />
    </section>
  );
}
