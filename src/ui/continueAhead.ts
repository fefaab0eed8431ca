import { createContext, useContext, useEffect } from "react";

/** What Continue on the page would do now: give this answer, or go on to the next page. */
export type Continuation = { answer: unknown } | "next";

/** Told what Continue would do, the app prepares the page it leads to before the tap. */
export const ContinueAhead = createContext<(continuation: Continuation) => void>(() => {});

/** Tells the app what Continue on this page would do now; nothing while Continue would only be refused. */
export function useContinueAhead(continuation: Continuation | null): void {
  const prepare = useContext(ContinueAhead);
  const said = JSON.stringify(continuation);
  // biome-ignore lint/correctness/useExhaustiveDependencies: said is the continuation, compared by value.
  useEffect(() => {
    if (continuation) prepare(continuation);
  }, [said, prepare]);
}
