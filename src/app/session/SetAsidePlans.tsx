import { useState } from "react";
import { useLocale } from "../../i18n/useLocale.ts";
import { useText } from "../../i18n/useText.ts";
import { stepTitle } from "../../steps/stepTitle.ts";
import { NothingReplacedNotice } from "../../ui/NothingReplacedNotice.tsx";
import { readableMoment } from "../../ui/readableDate.ts";
import { type SavedSession, saveSession, toSavedSession } from "./savedSession.ts";
import { maxLines } from "./sessionFormat.ts";
import { currentLineOf, withLinesOf } from "./sessionLines.ts";
import { setAsideSessions, takeOutOfSetAside } from "./setAside.ts";

type SetAsidePlansProps = {
  storage: Storage | null;
  /** The lines saved now, which those brought back join. */
  current: SavedSession | null;
  onBringBack: (session: SavedSession) => void;
};

/**
 * The plans set aside by starting again or removing a line, newest first: one brought back joins the lines saved now,
 * so that none is lost.
 */
export function SetAsidePlans({ storage, current, onBringBack }: SetAsidePlansProps) {
  const t = useText();
  const locale = useLocale();
  /** Why the plan asked for stayed aside: the device refused, or the lines would be too many. */
  const [refusal, setRefusal] = useState<"deviceRefused" | "tooManyLines" | null>(null);
  const plans = setAsideSessions(storage);
  if (plans.length === 0) return null;
  const bringBack = (text: string, session: SavedSession) => {
    const joined = current ? withLinesOf(current, session) : session;
    if (!joined) {
      setRefusal("tooManyLines");
      return;
    }
    // Saved with the lines it joins before it leaves the list: at no moment is it only in this page's memory.
    const outcome = saveSession(storage, joined, current?.revision ?? 0);
    if (outcome.status !== "saved") {
      setRefusal("deviceRefused");
      return;
    }
    // Should the device refuse, the plan also stays listed: a copy, never a loss.
    takeOutOfSetAside(storage, text);
    onBringBack(toSavedSession(joined, outcome.revision));
  };
  return (
    <section aria-labelledby="set-aside-title">
      <h2 id="set-aside-title">{t("welcome.setAsideTitle")}</h2>
      {refusal === "deviceRefused" && <NothingReplacedNotice />}
      {refusal === "tooManyLines" && (
        <p className="notice" role="alert">
          {t("lines.tooMany", { max: maxLines })}
        </p>
      )}
      <ul className="set-aside-list">
        {plans.map(({ text, session }) => {
          const line = currentLineOf(session);
          const date = readableMoment(new Date(session.savedAt), locale);
          const item =
            session.lines.length > 1
              ? t("welcome.setAsideLines", { count: session.lines.length, date })
              : t("welcome.setAsideItem", { step: stepTitle(line.step, line.answers, t), date });
          return (
            <li key={text}>
              {item}{" "}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => bringBack(text, session)}
              >
                {t("welcome.bringBack")} <span className="visually-hidden">{item}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
