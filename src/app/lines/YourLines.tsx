import { useState } from "react";
import { useText } from "../../i18n/useText.ts";
import { useLineText } from "../../steps/lineText.ts";
import { AskFirst } from "../../ui/AskFirst.tsx";
import { FocusedNotice } from "../../ui/FocusedNotice.tsx";
import { NothingReplacedNotice } from "../../ui/NothingReplacedNotice.tsx";
import type { SavedLine, SavedSession } from "../session/sessionFormat.ts";
import { canAddLine } from "../session/sessionLines.ts";
import { SharedTrips } from "./SharedTrips.tsx";

type YourLinesProps = {
  session: SavedSession;
  /** The line on the page, or the one Resume opens: not offered to open, nor to remove, here. */
  shownLine: number;
  /** How that line is marked in the list. */
  shownNote: string;
  onOpen: (id: number) => void;
  onPlanAnother: () => void;
  /** Removes the line once a copy is kept aside; false when the device would not keep one, and nothing changed. */
  onRemove: (id: number) => boolean;
};

/** Every line the person is dealing with, where each stands, and a way to plan another without touching them. */
export function YourLines({
  session,
  shownLine,
  shownNote,
  onOpen,
  onPlanAnother,
  onRemove,
}: YourLinesProps) {
  const t = useText();
  const text = useLineText();
  const [refused, setRefused] = useState(false);
  /** The line just removed, said where focus goes, as the button pressed is gone. */
  const [removed, setRemoved] = useState<string | null>(null);
  const removedNotice = removed && (
    <FocusedNotice key={removed}>{t("lines.removed", { line: removed })}</FocusedNotice>
  );
  const planAnother = canAddLine(session) ? (
    <div className="button-group">
      <button type="button" className="button button--secondary" onClick={onPlanAnother}>
        {t("lines.planAnother")}
      </button>
    </div>
  ) : (
    <p>{t("lines.tooMany", { max: session.lines.length })}</p>
  );
  // One line is the one the page already describes: only the way to another is added.
  if (session.lines.length === 1)
    return (
      <>
        {removedNotice}
        {planAnother}
      </>
    );
  return (
    <>
      {removedNotice}
      <section aria-labelledby="your-lines-title">
        <h2 id="your-lines-title">{t("lines.title")}</h2>
        {refused && <NothingReplacedNotice />}
        <ul className="line-list">
          {session.lines.map((line, index) => (
            <LineItem
              key={line.id}
              line={line}
              label={text.label(line, index + 1)}
              standing={text.standing(line)}
              shownNote={line.id === shownLine ? shownNote : null}
              onOpen={() => onOpen(line.id)}
              onRemove={() => {
                const done = onRemove(line.id);
                setRefused(!done);
                setRemoved(done ? text.label(line, index + 1) : null);
                return done;
              }}
            />
          ))}
        </ul>
        {planAnother}
      </section>
      {/* Outside the list, which print leaves out: what the lines share belongs to each line's plan on paper too. */}
      <SharedTrips
        lines={session.lines}
        label={(line) => text.label(line, session.lines.indexOf(line) + 1)}
      />
    </>
  );
}

type LineItemProps = {
  line: SavedLine;
  label: string;
  standing: string;
  shownNote: string | null;
  onOpen: () => void;
  onRemove: () => boolean;
};

function LineItem({ line, label, standing, shownNote, onOpen, onRemove }: LineItemProps) {
  const t = useText();
  // Each button says which line it acts on.
  const named = (action: string) => (
    <>
      {action} <span className="visually-hidden">{label}</span>
    </>
  );
  return (
    <li>
      <p>
        <strong>{label}</strong>
        {shownNote && ` (${shownNote})`}
        <br />
        {standing}
      </p>
      {shownNote === null && (
        <AskFirst
          id={`remove-line-${line.id}`}
          label={named(t("lines.remove"))}
          title={t("lines.removeTitle", { line: label })}
          confirmLabel={t("lines.removeConfirm")}
          beside={
            <button type="button" className="button" onClick={onOpen}>
              {named(t("welcome.resume"))}
            </button>
          }
          onConfirm={onRemove}
        >
          <p>{t("lines.removeText")}</p>
        </AskFirst>
      )}
    </li>
  );
}
