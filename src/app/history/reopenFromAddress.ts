import type { StepId } from "../../flow/steps.ts";
import type { SavedSession, WizardStart } from "../session/savedSession.ts";
import { currentLineOf } from "../session/sessionLines.ts";
import { stepInAddress } from "./stepInAddress.ts";

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
 * On load, the saved session to reopen at once because the address names a step (a reload, a bookmark, a typed
 * address); null for the welcome page.
 */
export function reopenFromAddress(session: SavedSession): WizardStart | null {
  const step = stepInAddress();
  return step === null ? null : { kind: "resume", session: sessionAtStep(session, step) };
}
