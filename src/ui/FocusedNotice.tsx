import { type ReactNode, useEffect, useRef } from "react";

/**
 * A notice that takes focus when it appears: it confirms what the button pressed did, and that button is gone from the
 * page.
 */
export function FocusedNotice({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <p className="notice" role="status" tabIndex={-1} ref={ref}>
      {children}
    </p>
  );
}
