import { useEffect, useRef } from "react";
import { useText } from "../i18n/useText.ts";

type ErrorSummaryProps = { message: string; fieldId: string };

/** GOV.UK error summary: takes focus when it appears and links to the field at fault. */
export function ErrorSummary({ message, fieldId }: ErrorSummaryProps) {
  const t = useText();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 id="error-summary-title">{t("common.errorSummaryTitle")}</h2>
        <ul>
          <li>
            <a
              href={`#${fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                const field = document.getElementById(fieldId);
                field?.closest("fieldset")?.scrollIntoView();
                field?.focus({ preventScroll: true });
              }}
            >
              {message}
            </a>
          </li>
        </ul>
      </div>
    </section>
  );
}
