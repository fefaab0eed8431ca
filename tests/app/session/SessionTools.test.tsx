import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { SavedSession } from "../../../src/app/session/savedSession.ts";
import { currentVersion } from "../../../src/app/session/sessionFormat.ts";
import { currentLineOf } from "../../../src/app/session/sessionLines.ts";
import { setAsideKey } from "../../../src/app/session/storageKeys.ts";
import sessionV1 from "../../fixtures/session-v1.json";
import sessionV5 from "../../fixtures/session-v5.json";
import followedUp from "../../fixtures/session-v5-followed-up.json";
import sessionV6 from "../../fixtures/session-v6-two-lines.json";
import { catchDownloads } from "../../support/catchDownloads.ts";
import { heading, renderApp, storedSession, storeSession } from "../renderApp.tsx";

/** The line open in the session stored now. */
async function storedLine() {
  const session = await storedSession();
  return session && currentLineOf(session);
}

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, "", "/");
});

async function openSummary() {
  storeSession({ ...sessionV5, locale: "en" });
  const view = renderApp();
  await view.user.click(screen.getByRole("button", { name: "Resume" }));
  await heading("Your plan");
  return view;
}

describe("the summary's session tools", () => {
  it("downloads the session as a small JSON file that the importer accepts", async () => {
    const downloads = catchDownloads();
    const { user } = await openSummary();
    await user.click(screen.getByRole("button", { name: "Download my session" }));
    expect(downloads).toHaveLength(1);
    const [{ fileName, blob }] = downloads as [(typeof downloads)[number]];
    expect(fileName).toBe("adios-chip-session.json");
    expect(blob.type).toBe("application/json");
    expect(blob.size).toBeLessThan(2_000);
    expect(JSON.parse(await blob.text())).toMatchObject({
      app: "adios-chip",
      version: currentVersion,
      lines: [{ id: 1, step: "summary", ticks: ["dni", "blockingCode"] }],
      currentLine: 1,
    });

    await user.upload(screen.getByLabelText("Import a session"), new File([blob], fileName));
    expect(await screen.findByRole("heading", { name: /Replace your current answers/ })).toBeInTheDocument();
  });

  it("the downloaded file carries the recorded request, how it went and the letters' details, and brings them back", async () => {
    const downloads = catchDownloads();
    storeSession({ ...followedUp, locale: "en", step: "summary" });
    const first = renderApp();
    await first.user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("Your plan");
    await first.user.click(screen.getByRole("button", { name: "Download my session" }));
    const [{ blob }] = downloads as [(typeof downloads)[number]];
    const file = await blob.text();
    expect(JSON.parse(file)).toMatchObject({
      version: currentVersion,
      lines: [{ followUp: followedUp.followUp }],
    });
    first.unmount();

    // Another device, with a plan of its own and nothing followed up.
    localStorage.clear();
    const { user } = await openSummary();
    await user.upload(screen.getByLabelText("Import a session"), new File([file], "adios-chip-session.json"));
    await user.click(await screen.findByRole("button", { name: "Replace" }));
    await heading("Your plan");
    expect((await storedLine())?.followUp).toEqual(followedUp.followUp);
  });

  it("after Replace, the wizard shows the imported session's step and saves it", async () => {
    const { user } = await openSummary();
    const file = new File([JSON.stringify(sessionV1)], "adios-chip-session.json", {
      type: "application/json",
    });
    await user.upload(screen.getByLabelText("Import a session"), file);
    await user.click(await screen.findByRole("button", { name: "Replace" }));
    await heading("Which identity document will you show?");
    expect(await storedLine()).toMatchObject({ step: "identityDocument", answers: sessionV1.answers });
    expect((await storedSession())?.revision).toBeGreaterThan(sessionV5.revision);
    // The answers it replaced are set aside, for the welcome page to bring back.
    const setAside: string[] = JSON.parse(localStorage.getItem(setAsideKey) ?? "[]");
    expect(setAside.map((text) => JSON.parse(text))).toEqual([
      expect.objectContaining({
        lines: [expect.objectContaining({ step: "summary", answers: sessionV5.answers })],
      }),
    ]);
  });

  it("a file of several lines says how many it holds, and after Replace brings every line back, on the one it was on", async () => {
    const { user } = await openSummary();
    const file = new File([JSON.stringify(sessionV6)], "adios-chip-session.json", {
      type: "application/json",
    });
    await user.upload(screen.getByLabelText("Import a session"), file);
    expect(await screen.findByText(/The imported session holds 2 lines, saved on/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Replace" }));
    await heading("If the carrier does not act");
    const stored = await storedSession();
    expect(stored?.lines).toEqual((sessionV6 as SavedSession).lines);
    expect(stored?.currentLine).toBe(sessionV6.currentLine);
  });
});
