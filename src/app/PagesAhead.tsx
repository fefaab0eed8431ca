import {
  type ComponentType,
  memo,
  type ReactNode,
  startTransition,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { transition } from "xstate";
import type { StepId } from "../flow/steps.ts";
import { stepOf, type WizardSnapshot, wizardMachine } from "../flow/wizardMachine.ts";
import { pageFor } from "../steps/stepComponents.ts";
import { continuationEvent, PageSnapshot, WizardActor } from "../steps/wizard.ts";
import { afterNextPaint } from "../ui/afterNextPaint.ts";
import { type Continuation, ContinueAhead } from "../ui/continueAhead.ts";
import { PageNotes } from "../ui/PageNotes.tsx";

/** Two states the pages show alike: the same step with the same answers, records and error. */
const sameState = (first: WizardSnapshot, second: WizardSnapshot) =>
  stepOf(first) === stepOf(second) && JSON.stringify(first.context) === JSON.stringify(second.context);

/** The steps a page is prepared for: all but the welcome page, which the shell draws itself. */
const preparable = (step: StepId): step is Exclude<StepId, "welcome"> => step !== "welcome";

/**
 * `after` and `tell` are given on every page, even where `after` is nothing: memo compares the props by their names
 * too, and the prepared page, once shown, must have the same ones to be kept as it is.
 */
type PageProps = {
  snapshot: WizardSnapshot;
  Page: ComponentType;
  after: ReactNode;
  tell: (continuation: Continuation) => void;
};

/**
 * A page drawn from one state, with its sources after it: rendered again only for another state. What the shell adds
 * after it (the summary's lines and tools, given only once the summary shows) leaves the page itself as it was.
 */
const PageFrom = memo(function PageFrom({ snapshot, Page, after, tell }: PageProps) {
  const page = useMemo(() => <Page />, [Page]);
  return (
    <ContinueAhead.Provider value={tell}>
      <PageSnapshot.Provider value={snapshot}>
        <PageNotes>
          {page}
          {after}
        </PageNotes>
      </PageSnapshot.Provider>
    </ContinueAhead.Provider>
  );
});

type Told = Partial<Record<StepId, Continuation>>;

/** A page as it was last shown: given again the same props, it is kept as it is. */
type ShownPage = { step: Exclude<StepId, "welcome">; snapshot: WizardSnapshot; after: ReactNode };

/**
 * The wizard's page, and, hidden behind it, the page a tap on Continue would lead to, rendered while the person
 * reads or chooses. When the tap leads where foreseen, the prepared page is shown as it is: the tap costs only the
 * wizard's transition and the swap, as on a static site. Anything else (a refused answer, another day) shows the
 * wizard's own state, so what is shown is always what the wizard holds.
 *
 * Pages are mounted whole and hidden by their attribute rather than by React's `<Activity>`, so that nothing waits
 * for the tap: a prepared page's effects (its notes numbered, what its own Continue would do) run while it waits, and
 * the page left is only hidden in the tap, where it stands, then removed once the next has painted. So the pages keep
 * their order in the document, and none is moved. The prepared page is inert too: even a part of it shown on
 * purpose (a notice that appears when loading is slow) stays out of reach of the keyboard, a tap, a screen reader and
 * find-in-page. By that mark the stylesheet finds it, to lay it out unseen.
 */
export function PagesAhead({ after }: { after?: ReactNode }) {
  const wizardState = WizardActor.useSelector((snapshot) => snapshot);
  const step = stepOf(wizardState);
  // What Continue would do on each page, shown or prepared, as each page last told.
  const [told, setTold] = useState<Told>({});
  const tellers = useRef(new Map<StepId, (continuation: Continuation) => void>());
  const tellerFor = (from: StepId) => {
    let teller = tellers.current.get(from);
    if (!teller) {
      // Preparing waits behind anything the person does: the tap itself never waits for it.
      teller = (continuation) =>
        startTransition(() => setTold((current) => ({ ...current, [from]: continuation })));
      tellers.current.set(from, teller);
    }
    return teller;
  };
  // The step whose page has painted: until then, the page left stays hidden and the next is not prepared yet.
  const [settledStep, setSettledStep] = useState(step);
  useEffect(() => afterNextPaint(() => startTransition(() => setSettledStep(step))), [step]);
  const settled = settledStep === step;
  const continuation = settled ? told[step] : undefined;
  const ahead = useMemo(() => {
    if (!continuation) return null;
    const [next] = transition(wizardMachine, wizardState, continuationEvent(continuation));
    const nextStep = stepOf(next);
    return preparable(nextStep) && nextStep !== step ? { snapshot: next, step: nextStep } : null;
  }, [wizardState, step, continuation]);
  // The state the page prepared at the last render was drawn from: the one a tap may now lead to.
  const lastAhead = useRef<WizardSnapshot | null>(null);
  const snapshot = useMemo(
    () => (lastAhead.current && sameState(wizardState, lastAhead.current) ? lastAhead.current : wizardState),
    [wizardState],
  );
  if (ahead) lastAhead.current = ahead.snapshot;
  else if (settled) lastAhead.current = null;
  const lastShown = useRef<ShownPage | null>(null);
  const leaving = useRef<ShownPage | null>(null);
  if (step === "welcome") return null;
  if (settled) leaving.current = null;
  else if (lastShown.current && lastShown.current.step !== step) leaving.current = lastShown.current;
  lastShown.current = { step, snapshot, after };
  const pages = [
    leaving.current && { ...leaving.current, place: "left" },
    { step, snapshot, after, place: "shown" },
    ahead && { ...ahead, after: undefined, place: "ahead" },
  ];
  return pages.map(
    (page) =>
      page && (
        <div key={page.step} hidden={page.place !== "shown"} inert={page.place === "ahead"}>
          <PageFrom
            snapshot={page.snapshot}
            Page={pageFor(page.step)}
            after={page.after}
            tell={tellerFor(page.step)}
          />
        </div>
      ),
  );
}

/** The heading of the page shown: the page left and the page prepared are in the document too, hidden. */
export const shownHeading = () =>
  [...document.querySelectorAll<HTMLElement>("main h1")].find((heading) => !heading.closest("[hidden]"));
