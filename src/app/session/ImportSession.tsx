import { useState } from "react";
import { useLocale } from "../../i18n/useLocale.ts";
import { type MessageId, useText } from "../../i18n/useText.ts";
import { requestLimits } from "../../steps/afterRequest/requestLimits.ts";
import { stepTitle } from "../../steps/stepTitle.ts";
import { today } from "../../steps/wizard.ts";
import { ConfirmPanel, useFocusReturn } from "../../ui/ConfirmPanel.tsx";
import { ErrorMessage } from "../../ui/ErrorMessage.tsx";
import { NothingReplacedNotice } from "../../ui/NothingReplacedNotice.tsx";
import { readableMoment } from "../../ui/readableDate.ts";
import type { SavedSession } from "./savedSession.ts";
import { type ImportResult, maxImportBytes, readSessionFile, sessionFileName } from "./sessionFile.ts";
import { currentLineOf } from "./sessionLines.ts";

type ImportState =
  | { status: "choosing"; failure: Extract<ImportResult, { ok: false }> | null }
  | { status: "confirming"; session: SavedSession };

const fieldId = "session-import";

/**
 * A file field for a session file; the current answers are replaced only after the user confirms, and only once they
 * are set aside (`onReplace` says false when the device would not keep them: then nothing is replaced).
 */
export function ImportSession({ onReplace }: { onReplace: (session: SavedSession) => boolean }) {
  const t = useText();
  const locale = useLocale();
  const [state, setState] = useState<ImportState>({ status: "choosing", failure: null });
  const [refused, setRefused] = useState(false);
  const field = useFocusReturn<HTMLInputElement>();

  if (state.status === "confirming") {
    const { session } = state;
    return (
      <ConfirmPanel
        id="session-import-confirm"
        title={t("session.import.confirmTitle")}
        confirmLabel={t("session.import.replace")}
        onConfirm={() => {
          if (onReplace(session)) return;
          setRefused(true);
          field.returnFocus();
          setState({ status: "choosing", failure: null });
        }}
        onCancel={() => {
          field.returnFocus();
          setState({ status: "choosing", failure: null });
        }}
      >
        <p>
          {session.lines.length > 1
            ? t("session.import.confirmDetailsLines", {
                count: session.lines.length,
                date: readableMoment(new Date(session.savedAt), locale),
              })
            : t("session.import.confirmDetails", {
                step: stepTitle(currentLineOf(session).step, currentLineOf(session).answers, t),
                date: readableMoment(new Date(session.savedAt), locale),
              })}
        </p>
      </ConfirmPanel>
    );
  }

  const { failure } = state;
  const problem =
    failure && t(`session.import.error.${failure.problem}` as MessageId, { size: maxImportBytes / 1000 });
  // A page's own message then says what it would refuse, with the limits it names.
  const message =
    failure && "refusal" in failure
      ? `${problem} ${t(failure.refusal.message, requestLimits(failure.line.followUp.request?.date ?? "", locale))}`
      : problem;
  return (
    <div className={failure ? "form-group form-group--error" : "form-group"}>
      {refused && <NothingReplacedNotice />}
      <label className="form-label" htmlFor={fieldId}>
        {t("session.import.label")}
      </label>
      <div className="hint" id={`${fieldId}-hint`}>
        {t("session.import.hint", { fileName: sessionFileName })}
      </div>
      {message && (
        <div role="alert">
          <ErrorMessage id={`${fieldId}-error`} message={message} />
        </div>
      )}
      <input
        id={fieldId}
        type="file"
        accept=".json,application/json"
        ref={field.ref}
        aria-describedby={failure ? `${fieldId}-hint ${fieldId}-error` : `${fieldId}-hint`}
        aria-invalid={failure ? true : undefined}
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (!file) return;
          const result = await readSessionFile(file, today());
          setState(
            result.ok
              ? { status: "confirming", session: result.session }
              : { status: "choosing", failure: result },
          );
        }}
      />
    </div>
  );
}
