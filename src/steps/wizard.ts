import { createActorContext } from "@xstate/react";
import { createContext, useContext } from "react";
import type { Answers, QuestionId } from "../flow/answers.ts";
import type { FollowUp } from "../flow/followUp.ts";
import { dayInLima } from "../flow/limaDate.ts";
import type { LineRecord } from "../flow/lines.ts";
import { stepOf, wizardMachine } from "../flow/wizardMachine.ts";

/** The one wizard actor of the app, shared by every step. */
export const WizardActor = createActorContext(wizardMachine);

export const useCurrentStep = () => WizardActor.useSelector(stepOf);

/** Every line of the session as the wizard started, and which one it runs: given by the app's shell. */
export const SessionLines = createContext<{ lines: readonly LineRecord[]; current: number }>({
  lines: [],
  current: 0,
});

export const useSessionLines = () => useContext(SessionLines);

export const useAnswers = (): Answers => WizardActor.useSelector((snapshot) => snapshot.context.answers);

export const useTicks = () => WizardActor.useSelector((snapshot) => snapshot.context.ticks);

export const useFollowUp = (): FollowUp => WizardActor.useSelector((snapshot) => snapshot.context.followUp);

/** The answer or record just refused, if any: the field at fault, and the message saying why. */
export const useRejection = () => WizardActor.useSelector((snapshot) => snapshot.context.error);

export function useWizardActions() {
  const { send } = WizardActor.useActorRef();
  return {
    answer: (value: unknown) => send({ type: "ANSWER", value, today: today() }),
    next: () => send({ type: "NEXT" }),
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

/** The day in Lima now: the day Peru's rules count from, wherever the phone is. */
export const today = () => dayInLima(new Date());
