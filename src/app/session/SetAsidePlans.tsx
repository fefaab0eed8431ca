import { useState } from "react";
import { useLocale } from "../../i18n/useLocale.ts";
import { useText } from "../../i18n/useText.ts";
import { stepTitle } from "../../steps/stepTitle.ts";
import { NothingReplacedNotice } from "../../ui/NothingReplacedNotice.tsx";
import { readableMoment } from "../../ui/readableDate.ts";
import type { SavedSession } from "./savedSession.ts";
import { setAside, setAsideSessions, takeOutOfSetAside } from "./setAside.ts";

type SetAsidePlansProps = {
  storage: Storage | null;
  /** The plan saved now, set aside in turn when another is brought back. */
  current: SavedSession | null;
  onBringBack: (session: SavedSession) => void;
};

/** The plans set aside by starting again, newest first, each of which can be brought back without losing another. */
export function SetAsidePlans({ storage, current, onBringBack }: SetAsidePlansProps) {
  const t = useText();
  const locale = useLocale();
  const [refused, setRefused] = useState(false);
  const plans = setAsideSessions(storage);
  if (plans.length === 0) return null;
  const bringBack = (text: string, session: SavedSession) => {
    if ((current && !setAside(storage, current)) || !takeOutOfSetAside(storage, text)) {
      setRefused(true);
      return;
    }
    // It takes the place of the session stored now, as an imported one does.
    onBringBack({ ...session, revision: current?.revision ?? 0 });
  };
  return (
    <section aria-labelledby="set-aside-title">
      <h2 id="set-aside-title">{t("welcome.setAsideTitle")}</h2>
      {refused && <NothingReplacedNotice />}
      <ul className="set-aside-list">
        {plans.map(({ text, session }) => {
          const item = t("welcome.setAsideItem", {
            step: stepTitle(session.step, session.answers, t),
            date: readableMoment(new Date(session.savedAt), locale),
          });
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
