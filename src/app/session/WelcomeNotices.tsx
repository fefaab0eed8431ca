import { fileNameFor } from "../../content/appIdentity.ts";
import { useText } from "../../i18n/useText.ts";
import { downloadFile } from "../../ui/downloadFile.ts";
import { FocusedNotice } from "../../ui/FocusedNotice.tsx";
import type { LoadedSession } from "./savedSession.ts";

/** The outcome of the latest "Delete my data", told on the fresh welcome page; each one is told anew. */
export type Deletion = { outcome: "done" | "failed"; id: number } | null;

const unreadableFileName = fileNameFor("unreadable-session", "txt");

/** What the welcome page must say about the saved data before anything else. */
export function WelcomeNotices({ loaded, deletion }: { loaded: LoadedSession; deletion: Deletion }) {
  const t = useText();
  return (
    <>
      {deletion?.outcome === "done" && (
        // Anew for each deletion: it confirms a page that replaced the one where the button was.
        <FocusedNotice key={deletion.id}>{t("session.delete.done")}</FocusedNotice>
      )}
      {deletion?.outcome === "failed" && (
        <p className="notice" role="alert" key={deletion.id}>
          {t("session.delete.failed")}
        </p>
      )}
      {loaded.status === "unreadable" && (
        <section className="notice" aria-labelledby="unreadable-session">
          <p id="unreadable-session">{t("app.unreadableSession")}</p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              downloadFile(unreadableFileName, loaded.everyUnreadable.join("\n\n"), "text/plain")
            }
          >
            {t("session.downloadUnreadable")}
          </button>
        </section>
      )}
      {/* Unreadable data that could not be copied aside stays where it is, and nothing new is saved over it. */}
      {(loaded.status === "storageUnavailable" || (loaded.status === "unreadable" && !loaded.keptAside)) && (
        <p className="notice">{t("app.cannotSave")}</p>
      )}
    </>
  );
}
