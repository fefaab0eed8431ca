import { useEffect, useRef } from "react";
import { fileNameFor } from "../../content/appIdentity.ts";
import { useText } from "../../i18n/useText.ts";
import { downloadFile } from "../../ui/downloadFile.ts";
import type { LoadedSession } from "./savedSession.ts";

/** The outcome of the latest "Delete my data", told on the fresh welcome page; each one is told anew. */
export type Deletion = { outcome: "done" | "failed"; id: number } | null;

const unreadableFileName = fileNameFor("unreadable-session", "txt");

/** What the welcome page must say about the saved data before anything else. */
export function WelcomeNotices({ loaded, deletion }: { loaded: LoadedSession; deletion: Deletion }) {
  const t = useText();
  return (
    <>
      {deletion?.outcome === "done" && <DeletedMessage key={deletion.id} />}
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

/** Takes focus, as the page it confirms replaced the one where the user pressed the button. */
function DeletedMessage() {
  const t = useText();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <p className="notice" role="status" tabIndex={-1} ref={ref}>
      {t("session.delete.done")}
    </p>
  );
}
