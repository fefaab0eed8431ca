import { useText } from "../../i18n/useText.ts";
import { downloadFile } from "../../ui/downloadFile.ts";
import { DeleteMyData } from "./DeleteMyData.tsx";
import { ImportSession } from "./ImportSession.tsx";
import type { SavedSession } from "./savedSession.ts";
import { sessionFileName, sessionFileText } from "./sessionFile.ts";
import { setAside } from "./setAside.ts";

type SessionToolsProps = {
  storage: Storage | null;
  currentSession: () => SavedSession;
  onReplace: (session: SavedSession) => void;
  onDeleteAll: () => void;
};

/** On the summary: take the session to another device or browser, bring one in, or delete everything saved. */
export function SessionTools({ storage, currentSession, onReplace, onDeleteAll }: SessionToolsProps) {
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
      <ImportSession
        onReplace={(imported) => {
          const current = currentSession();
          if (!setAside(storage, current)) return false;
          // A file's revision counted on the device that wrote it; here it replaces the session this tab knows.
          onReplace({ ...imported, revision: current.revision });
          return true;
        }}
      />
      <DeleteMyData onDelete={onDeleteAll} />
    </section>
  );
}
