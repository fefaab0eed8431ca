import { useCallback, useEffect, useRef } from "react";
import type { ActorRefFrom } from "xstate";
import { dayInLima } from "../../flow/limaDate.ts";
import type { StepId } from "../../flow/steps.ts";
import { eventOnTo, stepOf, type wizardMachine } from "../../flow/wizardMachine.ts";
import { afterNextPaint } from "../../ui/afterNextPaint.ts";
import { addressOf } from "./stepAddress.ts";
import { stepInAddress } from "./stepInAddress.ts";

type WizardActorRef = ActorRefFrom<typeof wizardMachine>;

/**
 * What the app keeps in each of its history entries. `depth` is the length of the machine's `visited` at that
 * entry, so moving between two entries is that many BACK or NEXT events. `backIsPrevious`: the entry before this
 * one is the step the machine's BACK returns to, so the in-page Back link may use the browser's history.
 */
type Entry = { depth: number; backIsPrevious: boolean };

const stateKey = "adiosChip";

function readEntry(state: unknown): Entry | null {
  if (typeof state !== "object" || state === null || !(stateKey in state)) return null;
  const entry = (state as Record<typeof stateKey, Partial<Entry>>)[stateKey];
  return typeof entry?.depth === "number"
    ? { depth: entry.depth, backIsPrevious: entry.backIsPrevious === true }
    : null;
}

const writeEntry = (method: "pushState" | "replaceState", step: StepId, entry: Entry) =>
  window.history[method]({ [stateKey]: entry }, "", addressOf(step));

const where = (actor: WizardActorRef) => {
  const snapshot = actor.getSnapshot();
  return { step: stepOf(snapshot), depth: snapshot.context.visited.length };
};

/**
 * Sends BACK, or the event that moves on, until the machine is `moves` steps further (back if negative), or it
 * refuses to move. The last move forward goes to the step the address names, by whichever event leads there.
 */
function moveBy(actor: WizardActorRef, moves: number) {
  const named = stepInAddress();
  for (let done = 0; done < Math.abs(moves); done += 1) {
    const before = where(actor).depth;
    const lastForward = moves > 0 && done === moves - 1;
    const onward = lastForward && named ? eventOnTo(actor.getSnapshot(), named, dayInLima(new Date())) : null;
    actor.send(moves < 0 ? { type: "BACK" } : (onward ?? { type: "NEXT" }));
    if (where(actor).depth === before) return;
  }
}

/** The moves to the step a typed address names, if the user took it on the way here; none for any other step. */
function movesToTypedStep(actor: WizardActorRef): number {
  const named = stepInAddress();
  const { step, depth } = where(actor);
  const depthThere =
    named === null || named === step ? -1 : actor.getSnapshot().context.visited.lastIndexOf(named);
  return depthThere < 0 ? 0 : depthThere - depth;
}

/**
 * Keeps the browser's history in step with the machine: every step forward pushes an entry whose address names
 * the step (`#/carrier`), and the browser's Back and Forward buttons become the machine's BACK and NEXT. The
 * machine stays the source of truth: where it does not follow (Forward past a question answered differently, a
 * typed address for a step not reached), the address is corrected to where it is.
 * Returns the in-page Back link's action, which goes through the browser's history when it can.
 */
export function useBrowserHistory(actor: WizardActorRef, step: StepId) {
  const shown = useRef<{ step: StepId; depth: number } | null>(null);
  /** History writes waiting for the next paint, each by the way to cancel it, in the order they were made. */
  const pendingWrites = useRef(new Map<() => void, () => void>());

  useEffect(() => {
    const now = { step, depth: where(actor).depth };
    const before = shown.current;
    shown.current = now;
    if (before === null) {
      enterHistory(now.step, actor.getSnapshot().context.visited);
      return;
    }
    if (before.step === now.step) return;
    // The new page paints first; the address follows in the next moment, every step's entry in order.
    const write = () => {
      if (now.depth === before.depth + 1)
        writeEntry("pushState", now.step, { depth: now.depth, backIsPrevious: true });
      else writeEntry("replaceState", now.step, { depth: now.depth, backIsPrevious: false });
    };
    const cancel = afterNextPaint(() => {
      pendingWrites.current.delete(cancel);
      write();
    });
    pendingWrites.current.set(cancel, write);
  }, [actor, step]);

  // A wizard that closes (its data deleted, another session opened) leaves the address to what replaces it.
  useEffect(() => {
    const writes = pendingWrites.current;
    return () => dropPending(writes);
  }, []);

  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      // The browser has moved already: a write still waiting would put the step left behind back on top.
      dropPending(pendingWrites.current);
      const entry = readEntry(event.state);
      moveBy(actor, entry ? entry.depth - where(actor).depth : movesToTypedStep(actor));
      const now = where(actor);
      const followed = entry !== null && entry.depth === now.depth;
      writeEntry("replaceState", now.step, {
        depth: now.depth,
        backIsPrevious: followed && entry.backIsPrevious,
      });
      shown.current = now;
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [actor]);

  return useCallback(() => {
    // The history must hold the page shown before the Back link can trust it.
    for (const [cancel, write] of pendingWrites.current) {
      cancel();
      write();
    }
    pendingWrites.current.clear();
    if (readEntry(window.history.state)?.backIsPrevious) window.history.back();
    else actor.send({ type: "BACK" });
  }, [actor]);
}

/** The most entries written at once: browsers keep a few dozen, and some refuse many writes in a row. */
const mostEntriesWritten = 40;

/**
 * The wizard's first step. On a reload, the history already leads to this step's entry. Otherwise (started, resumed,
 * opened from an address) the current entry becomes the welcome page's, followed by one entry for each page the
 * user can go back to (the most recent ones on a very long way), then this step's: the browser's Back goes back
 * through the wizard as the Back link does, and leaves the app only from the welcome page.
 */
function enterHistory(step: StepId, visited: readonly StepId[]) {
  const depth = visited.length;
  const entry = readEntry(window.history.state);
  if (entry?.depth === depth) {
    writeEntry("replaceState", step, entry);
    return;
  }
  const depths = [0];
  for (let at = Math.max(1, depth - mostEntriesWritten); at <= depth; at += 1) depths.push(at);
  depths.forEach((at, index) => {
    const pageThere = at === depth ? step : at === 0 ? "welcome" : (visited[at] ?? step);
    writeEntry(index === 0 ? "replaceState" : "pushState", pageThere, {
      depth: at,
      backIsPrevious: depths[index - 1] === at - 1,
    });
  });
}

function dropPending(writes: Map<() => void, () => void>) {
  for (const cancel of writes.keys()) cancel();
  writes.clear();
}
