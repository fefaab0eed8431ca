import { I18nProvider } from "@lingui/react";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import type { ActorRefFrom } from "xstate";
import type { Answers } from "../../src/flow/answers.ts";
import { type FollowUp, noFollowUp } from "../../src/flow/followUp.ts";
import type { StepId } from "../../src/flow/steps.ts";
import { stepOf, wizardMachine } from "../../src/flow/wizardMachine.ts";
import { i18n } from "../../src/i18n/i18n.ts";
import { LivePage, WizardActor } from "../../src/steps/wizard.ts";
import { PageNotes } from "../../src/ui/PageNotes.tsx";

type WizardActorRef = ActorRefFrom<typeof wizardMachine>;

type StepSetup = { answers?: Answers; ticks?: string[]; visited?: StepId[]; followUp?: FollowUp };

function CaptureActor({ onActor }: { onActor: (actor: WizardActorRef) => void }) {
  onActor(WizardActor.useActorRef());
  return null;
}

/**
 * Renders a step (or any component) inside the app's providers, with the machine standing at `step`, as a page: its
 * sources listed after it.
 */
export function renderStep(
  ui: ReactNode,
  step: StepId,
  { answers = {}, ticks = [], visited = [], followUp = noFollowUp }: StepSetup = {},
) {
  const snapshot = wizardMachine.resolveState({
    value: step,
    context: { answers, ticks, visited, error: null, returningToSummary: false, changing: null, followUp },
  });
  const actor: { current?: WizardActorRef } = {};
  const user = userEvent.setup();
  const view = render(
    <I18nProvider i18n={i18n}>
      <WizardActor.Provider options={{ snapshot }}>
        <CaptureActor onActor={(ref) => (actor.current = ref)} />
        <LivePage>
          <PageNotes>{ui}</PageNotes>
        </LivePage>
      </WizardActor.Provider>
    </I18nProvider>,
  );
  const machine = actor.current;
  if (!machine) throw new Error("The wizard actor was not created");
  return { ...view, user, actor: machine, currentStep: () => stepOf(machine.getSnapshot()) };
}

/** Renders a shared UI component with the English catalog, on a page that lists its sources after it. */
export function renderWithText(ui: ReactNode) {
  return {
    ...render(
      <I18nProvider i18n={i18n}>
        <PageNotes>{ui}</PageNotes>
      </I18nProvider>,
    ),
    user: userEvent.setup(),
  };
}
