import type { ReactNode } from "react";
import { ContinueButton } from "./ContinueButton.tsx";
import { useContinueAhead } from "./continueAhead.ts";

type InfoPageProps = { title: string; children: ReactNode; onContinue?: () => void };

/** A page that tells rather than asks: a heading, the content, and Continue (none on a page that ends the flow). */
export function InfoPage({ title, children, onContinue }: InfoPageProps) {
  useContinueAhead(onContinue ? "next" : null);
  return (
    <>
      <h1 tabIndex={-1}>{title}</h1>
      {children}
      {onContinue && <ContinueButton onContinue={onContinue} />}
    </>
  );
}
