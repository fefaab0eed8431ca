import { createActorContext } from "@xstate/react";
import type { Answers, QuestionId } from "../flow/answers.ts";
import type { StepId } from "../flow/steps.ts";
import { wizardMachine } from "../flow/wizardMachine.ts";
import type { MessageId } from "../i18n/useText.ts";

/** The one wizard actor of the app, shared by every step. */
export const WizardActor = createActorContext(wizardMachine);

export const useCurrentStep = () => WizardActor.useSelector((snapshot) => snapshot.value as StepId);

export const useAnswers = (): Answers => WizardActor.useSelector((snapshot) => snapshot.context.answers);

export const useTicks = () => WizardActor.useSelector((snapshot) => snapshot.context.ticks);

/** The message id of the answer just rejected, if any. */
export const useRejection = () =>
  WizardActor.useSelector((snapshot) => snapshot.context.error as MessageId | null);

export function useWizardActions() {
  const { send } = WizardActor.useActorRef();
  return {
    answer: (value: unknown) => send({ type: "ANSWER", value }),
    next: () => send({ type: "NEXT" }),
    back: () => send({ type: "BACK" }),
    change: (question: QuestionId) => send({ type: "CHANGE", question }),
    toggleTick: (item: string) => send({ type: "TOGGLE_TICK", item }),
    start: () => send({ type: "START" }),
  };
}
