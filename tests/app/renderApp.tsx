import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/app/App.tsx";
import { loadSession, type SavedSession, sessionKey } from "../../src/app/session/savedSession.ts";
import { afterNextPaint } from "../../src/ui/afterNextPaint.ts";

/** Bounds every wait for the wizard's lazily loaded chunk. */
export const chunkTimeout = { timeout: 5_000 };

/** Renders the whole app as main.tsx does, reading whatever the given storage holds. */
export function renderApp(storage: Storage | null = localStorage) {
  const user = userEvent.setup();
  const view = render(<App initialLocale="en" loaded={loadSession(storage)} storage={storage} />);
  return { ...view, user };
}

export const heading = (name: string) => screen.findByRole("heading", { level: 1, name }, chunkTimeout);

export const storeSession = (session: unknown) => localStorage.setItem(sessionKey, JSON.stringify(session));

/** What the device holds once the page has painted: the wizard writes a change right after the page it leads to. */
export async function storedSession(): Promise<SavedSession | null> {
  await new Promise<void>((painted) => afterNextPaint(painted));
  return JSON.parse(localStorage.getItem(sessionKey) ?? "null");
}

/** What another tab does: it writes, and this tab hears of it through a `storage` event. */
export function saveInAnotherTab(session: SavedSession | null) {
  const oldValue = localStorage.getItem(sessionKey);
  const newValue = session && JSON.stringify(session);
  if (newValue === null) localStorage.removeItem(sessionKey);
  else localStorage.setItem(sessionKey, newValue);
  window.dispatchEvent(
    new StorageEvent("storage", { key: sessionKey, oldValue, newValue, storageArea: localStorage }),
  );
}

/** The person closes the tab: the page is hidden, then gone. */
export function closeTab() {
  window.dispatchEvent(new Event("pagehide"));
  cleanup();
}
