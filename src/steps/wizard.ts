import { createActorContext } from "@xstate/react";
import { createContext, createElement, type ReactNode, useContext } from "react";
import type { Answers, QuestionId } from "../flow/answers.ts";
import type { FollowUp } from "../flow/followUp.ts";
import { dayInLima } from "../flow/limaDate.ts";
import type { LineRecord } from "../flow/lines.ts";
import { stepOf, type WizardEvent, type WizardSnapshot, wizardMachine } from "../flow/wizardMachine.ts";
import type { Continuation } from "../ui/continueAhead.ts";

/** The one wizard actor of the app, shared by every step. */
export const WizardActor = createActorContext(wizardMachine);

/**
 * The state a page shows: the wizard's own, or, for a page prepared before the tap on Continue, the state that tap
 * would lead to. A page reads it from here, never from the actor, so a prepared page shown as it was needs no render.
 */
export const PageSnapshot = createContext<WizardSnapshot | null>(null);

function usePageSnapshot(): WizardSnapshot {
  const snapshot = useContext(PageSnapshot);
  if (!snapshot) throw new Error("A page is shown outside the wizard");
  return snapshot;
}

/** A page showing the wizard's own state, as it changes. */
export function LivePage({ children }: { children: ReactNode }) {
  const snapshot = WizardActor.useSelector((current) => current);
  return createElement(PageSnapshot.Provider, { value: snapshot }, children);
}

export const useCurrentStep = () => stepOf(usePageSnapshot());

/** Every line of the session as the wizard started, and which one it runs: given by the app's shell. */
export const SessionLines = createContext<{ lines: readonly LineRecord[]; current: number }>({
  lines: [],
  current: 0,
});

export const useSessionLines = () => useContext(SessionLines);

export const useAnswers = (): Answers => usePageSnapshot().context.answers;

export const useTicks = () => usePageSnapshot().context.ticks;

export const useFollowUp = (): FollowUp => usePageSnapshot().context.followUp;

/** The answer or record just refused, if any: the field at fault, and the message saying why. */
export const useRejection = () => usePageSnapshot().context.error;

export function useWizardActions() {
  const { send } = WizardActor.useActorRef();
  return {
    answer: (value: unknown) => send(continuationEvent({ answer: value })),
    next: () => send(continuationEvent("next")),
    back: () => send({ type: "BACK" }),
    change: (question: QuestionId) => send({ type: "CHANGE", question }),
    toggleTick: (item: string) => send({ type: "TOGGLE_TICK", item }),
    start: () => send({ type: "START" }),
    followUp: () => send({ type: "FOLLOW_UP" }),
    recordRequest: (value: unknown) => send({ type: "RECORD_REQUEST", value, today: today() }),
    checkIn: () => send({ type: "CHECK_IN", today: today() }),
    recordEscalation: (value: unknown) => send({ type: "RECORD_ESCALATION", value, today: today() }),
    openLetters: () => send({ type: "OPEN_LETTERS" }),
    editRequest: () => send({ type: "EDIT_REQUEST" }),
    saveLetterDetails: (value: unknown) => send({ type: "SAVE_LETTER_DETAILS", value }),
  };
}

/** What a tap on Continue sends the wizard. */
export const continuationEvent = (continuation: Continuation): WizardEvent =>
  continuation === "next" ? { type: "NEXT" } : { type: "ANSWER", value: continuation.answer, today: today() };

/** The day in Lima now: the day Peru's rules count from, wherever the phone is. */
export const today = () => dayInLima(new Date());
