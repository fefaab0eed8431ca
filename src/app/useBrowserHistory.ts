import { useCallback, useEffect, useRef } from "react";
import type { ActorRefFrom } from "xstate";
import type { StepId } from "../flow/steps.ts";
import type { wizardMachine } from "../flow/wizardMachine.ts";

const indexOf = (state: unknown): number =>
  typeof state === "object" && state !== null && "adiosChipIndex" in state
    ? Number(state.adiosChipIndex) || 0
    : 0;

const urlFor = (step: StepId) =>
  step === "welcome" ? window.location.pathname + window.location.search : `#/${step}`;

/**
 * Keeps the browser's history in step with the machine: every step change pushes an entry, and the browser's
 * Back and Forward buttons become the machine's BACK and NEXT. The machine stays the source of truth: when it
 * does not follow (Forward past an unanswered question), the address is corrected to where it is.
 * Returns the in-page Back link's action, which goes through the browser's history too.
 */
export function useBrowserHistory(actor: ActorRefFrom<typeof wizardMachine>, step: StepId) {
  const index = useRef(indexOf(window.history.state));
  const shownStep = useRef<StepId | null>(null);

  useEffect(() => {
    if (shownStep.current === null) {
      window.history.replaceState({ adiosChipIndex: index.current }, "", urlFor(step));
    } else if (shownStep.current !== step) {
      index.current += 1;
      window.history.pushState({ adiosChipIndex: index.current }, "", urlFor(step));
    }
    shownStep.current = step;
  }, [step]);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const target = indexOf(event.state);
      const moves = target - index.current;
      for (let i = 0; i < Math.abs(moves); i += 1) actor.send({ type: moves < 0 ? "BACK" : "NEXT" });
      const now = actor.getSnapshot().value as StepId;
      index.current = target;
      shownStep.current = now;
      window.history.replaceState({ adiosChipIndex: target }, "", urlFor(now));
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [actor]);

  return useCallback(() => {
    if (index.current > 0 && actor.getSnapshot().context.visited.length > 0) window.history.back();
    else actor.send({ type: "BACK" });
  }, [actor]);
}
