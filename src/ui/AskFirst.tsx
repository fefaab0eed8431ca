import { type ReactNode, useState } from "react";
import { ConfirmPanel, useFocusReturn } from "./ConfirmPanel.tsx";

type AskFirstProps = {
  id: string;
  /** What the button says. */
  label: ReactNode;
  /** The question the panel asks, and what it says will happen. */
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** A red button, for what cannot be undone. */
  destructive?: boolean;
  /** Buttons shown beside this one, and set aside with it while the question is asked. */
  beside?: ReactNode;
  /** Does it; false when nothing was done (the device refused): focus then returns to the button. */
  onConfirm: () => boolean;
};

/** A button for a big change that asks first, in the page; Cancel, or a refusal, puts focus back on the button. */
export function AskFirst({
  id,
  label,
  title,
  children,
  confirmLabel,
  destructive,
  beside,
  onConfirm,
}: AskFirstProps) {
  const [asking, setAsking] = useState(false);
  const opener = useFocusReturn<HTMLButtonElement>();
  if (asking) {
    return (
      <ConfirmPanel
        id={id}
        title={title}
        confirmLabel={confirmLabel}
        destructive={destructive}
        onConfirm={() => {
          setAsking(false);
          if (!onConfirm()) opener.returnFocus();
        }}
        onCancel={() => {
          setAsking(false);
          opener.returnFocus();
        }}
      >
        {children}
      </ConfirmPanel>
    );
  }
  return (
    <div className="button-group">
      {beside}
      <button
        type="button"
        className="button button--secondary"
        ref={opener.ref}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    </div>
  );
}
