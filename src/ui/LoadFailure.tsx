import { useEffect, useRef } from "react";
import { useText } from "../i18n/useText.ts";

/**
 * Said when part of the app could not be downloaded (a flaky network). It takes focus, so that the person who pressed
 * something learns why nothing came; nothing they recorded is touched, and "Try again" downloads it again. The
 * prerendered page holds it too, for when the app's own script fails (src/boot.ts), where the button has no handler
 * of its own: any press there tries again.
 */
export function LoadFailure({ onRetry }: { onRetry?: () => void }) {
  const t = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel" aria-labelledby="load-failure-title">
      <h2 id="load-failure-title" tabIndex={-1} ref={heading}>
        {t("app.loadFailed")}
      </h2>
      <p>{t("app.loadFailedHelp")}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t("app.tryAgain")}
      </button>
    </section>
  );
}
