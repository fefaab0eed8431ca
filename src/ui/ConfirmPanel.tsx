import { type ReactNode, useEffect, useRef } from "react";
import { useText } from "../i18n/useText.ts";

type ConfirmPanelProps = {
  id: string;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** A red button, for what cannot be undone. */
  destructive?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** An in-page question before a big change, taking focus when it appears (instead of window.confirm). */
export function ConfirmPanel({
  id,
  title,
  children,
  confirmLabel,
  destructive,
  onConfirm,
  onCancel,
}: ConfirmPanelProps) {
  const t = useText();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1} ref={titleRef}>
        {title}
      </h2>
      {children}
      <div className="button-group">
        <button
          type="button"
          className={destructive ? "button button--warning" : "button"}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </section>
  );
}

/** Puts focus back on the element that opened a panel, once the panel has closed and the element is back. */
export function useFocusReturn<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    ref.current?.focus();
  });
  return { ref, returnFocus: () => (pending.current = true) };
}
