type Listener = () => void;

let applyWaitingUpdate: (() => void) | null = null;
const listeners = new Set<Listener>();

/** A new version has been installed and waits; `apply` activates it, and the page then reloads into it. */
export function offerUpdate(apply: () => void): void {
  applyWaitingUpdate = apply;
  for (const listener of listeners) listener();
}

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const isUpdateWaiting = (): boolean => applyWaitingUpdate !== null;

export const applyUpdate = (): void => applyWaitingUpdate?.();
