import {
  Activity,
  type ComponentType,
  memo,
  type ReactNode,
  startTransition,
  useCallback,
  useMemo,
  useRef,
  useState,
} from "react";
import { transition } from "xstate";
import type { StepId } from "../flow/steps.ts";
import { stepOf, type WizardSnapshot, wizardMachine } from "../flow/wizardMachine.ts";
import { pageFor } from "../steps/stepComponents.ts";
import { continuationEvent, PageSnapshot, WizardActor } from "../steps/wizard.ts";
import { type Continuation, ContinueAhead } from "../ui/continueAhead.ts";
import { PageNotes } from "../ui/PageNotes.tsx";

/** Two states the pages show alike: the same step with the same answers, records and error. */
const sameState = (first: WizardSnapshot, second: WizardSnapshot) =>
  stepOf(first) === stepOf(second) && JSON.stringify(first.context) === JSON.stringify(second.context);

/** The steps a page is prepared for: not the summary, which the shell adds to, nor the welcome page. */
const preparable = (step: StepId): step is Exclude<StepId, "summary" | "welcome"> =>
  step !== "summary" && step !== "welcome";

/**
 * `after` is given on every page, even where it is nothing: memo compares the props by their names too, and the
 * prepared page, once shown, must have the same ones to be kept as it is.
 */
type PageProps = { snapshot: WizardSnapshot; Page: ComponentType; after: ReactNode };

/** A page drawn from one state, with its sources after it: rendered again only for another state. */
const PageFrom = memo(function PageFrom({ snapshot, Page, after }: PageProps) {
  return (
    <PageSnapshot.Provider value={snapshot}>
      <PageNotes>
        <Page />
        {after}
      </PageNotes>
    </PageSnapshot.Provider>
  );
});

/**
 * The wizard's page, and, hidden behind it, the page a tap on Continue would lead to, rendered while the person
 * reads or chooses. When the tap leads where foreseen, the prepared page is shown as it is: the tap costs only the
 * wizard's transition and the swap, as on a static site. Anything else (a refused answer, another day) shows the
 * wizard's own state, so what is shown is always what the wizard holds.
 */
export function PagesAhead({ after }: { after?: ReactNode }) {
  const wizardState = WizardActor.useSelector((snapshot) => snapshot);
  const step = stepOf(wizardState);
  const [foreseen, setForeseen] = useState<{ from: StepId; continuation: Continuation } | null>(null);
  // The page telling what Continue would do is the one shown: its step is read when it tells, so that the function
  // stays the same and a prepared page, once shown, renders nothing again for it.
  const currentStep = useRef(step);
  currentStep.current = step;
  // Preparing waits behind anything the person does: the tap itself never waits for it.
  const foresee = useCallback(
    (continuation: Continuation) =>
      startTransition(() => setForeseen({ from: currentStep.current, continuation })),
    [],
  );
  const ahead = useMemo(() => {
    if (foreseen?.from !== step) return null;
    const [next] = transition(wizardMachine, wizardState, continuationEvent(foreseen.continuation));
    const nextStep = stepOf(next);
    return preparable(nextStep) && nextStep !== step ? { snapshot: next, step: nextStep } : null;
  }, [wizardState, step, foreseen]);
  // The state the page prepared at the last render was drawn from: the one a tap may now lead to.
  const lastAhead = useRef<WizardSnapshot | null>(null);
  const shown = useMemo(
    () => (lastAhead.current && sameState(wizardState, lastAhead.current) ? lastAhead.current : wizardState),
    [wizardState],
  );
  lastAhead.current = ahead?.snapshot ?? null;
  if (step === "welcome") return null;
  const pages = [
    <Activity key={step} mode="visible">
      <PageFrom snapshot={shown} Page={pageFor(step)} after={after} />
    </Activity>,
  ];
  if (ahead)
    pages.push(
      <Activity key={ahead.step} mode="hidden">
        <PageFrom snapshot={ahead.snapshot} Page={pageFor(ahead.step)} after={undefined} />
      </Activity>,
    );
  return <ContinueAhead.Provider value={foresee}>{pages}</ContinueAhead.Provider>;
}
