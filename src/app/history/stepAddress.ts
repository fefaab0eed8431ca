import { stepHash, stepInHash } from "../../flow/stepAddress.ts";
import type { StepId } from "../../flow/steps.ts";
import type { LoadedSession, SavedSession, WizardStart } from "../session/savedSession.ts";
import { currentLineOf } from "../session/sessionLines.ts";

/** The address of a step, as the history and the links name it; the welcome page's is the app's own address. */
export const addressOf = (step: StepId): string =>
  step === "welcome" ? window.location.pathname + window.location.search : stepHash(step);

/** The step the current address names (`#/carrier`), or null. */
export const stepInAddress = (): StepId | null => stepInHash(window.location.hash);

/**
 * The saved session with its open line placed at `step`: the saved step itself, or a step the user took on the way
 * there, reached as the machine's BACK reaches it (the steps after it are forgotten, the answers kept). A step the
 * user has not reached gives the saved step.
 */
function sessionAtStep(session: SavedSession, step: StepId): SavedSession {
  const line = currentLineOf(session);
  const index = line.visited.lastIndexOf(step);
  if (step === line.step || index < 0) return session;
  const placed = { ...line, step, visited: line.visited.slice(0, index) };
  return { ...session, lines: session.lines.map((each) => (each.id === line.id ? placed : each)) };
}

/**
 * On load, the session to reopen at once because the address names a step (a reload, a bookmark, a typed address);
 * null for the welcome page. A step address with no saved session to reopen is dropped from the address bar.
 */
export function reopenFromAddress(loaded: LoadedSession): WizardStart | null {
  const step = stepInAddress();
  if (step === null) return null;
  if (loaded.status === "ok") return { kind: "resume", session: sessionAtStep(loaded.session, step) };
  window.history.replaceState(null, "", addressOf("welcome"));
  return null;
}
