import { act, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { SavedSession } from "../../../src/app/session/savedSession.ts";
import { noFollowUp } from "../../../src/flow/followUp.ts";
import { heading, renderApp, saveInAnotherTab, storedSession, storeSession } from "../renderApp.tsx";
import { lineAtCarrier, sessionAtCarrier } from "./sessionAtCarrier.ts";

/** The other tab answered the carrier question and moved on. */
const newerFromOtherTab: SavedSession = {
  ...sessionAtCarrier,
  revision: 4,
  lines: [
    {
      ...lineAtCarrier,
      step: "lineNumber",
      answers: { ...lineAtCarrier.answers, carrier: "claro" },
      visited: [...lineAtCarrier.visited, "carrier"],
    },
  ],
};

afterEach(() => {
  window.history.replaceState(null, "", "/");
});

async function resumeAtCarrier() {
  storeSession(sessionAtCarrier);
  const view = renderApp();
  await view.user.click(screen.getByRole("button", { name: "Resume" }));
  await heading("Which carrier is the line with?");
  return view;
}

// Several steps, each of which may wait for the lazily loaded wizard on a busy machine.
describe("two tabs on the same device", { timeout: 15_000 }, () => {
  it("hearing that another tab saved newer answers, this tab offers to show them", async () => {
    const { user } = await resumeAtCarrier();
    act(() => saveInAnotherTab(newerFromOtherTab));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Your answers were changed in another tab or window.",
    );
    await user.click(screen.getByRole("button", { name: "Show the newer answers" }));
    await heading("What is the line's number? (optional)");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(await storedSession()).toEqual(newerFromOtherTab);
  });

  it("a line begun in another tab is heard of too: showing the newer answers opens the line that tab is on", async () => {
    const { user } = await resumeAtCarrier();
    const withSecondLine: SavedSession = {
      ...sessionAtCarrier,
      revision: 4,
      lines: [
        lineAtCarrier,
        { id: 2, step: "reason", answers: {}, ticks: [], visited: ["welcome"], followUp: noFollowUp },
      ],
      currentLine: 2,
    };
    act(() => saveInAnotherTab(withSecondLine));
    expect(await screen.findByRole("alert")).toHaveTextContent("changed in another tab");
    await user.click(screen.getByRole("button", { name: "Show the newer answers" }));
    await heading("Why do you want to cancel the line?");
    expect(await storedSession()).toEqual(withSecondLine);
  });

  it("an answer given in a tab that missed the news does not overwrite the newer one", async () => {
    const { user } = await resumeAtCarrier();
    storeSession(newerFromOtherTab);
    await user.click(screen.getByLabelText("Movistar"));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("changed in another tab");
    expect(await storedSession()).toEqual(newerFromOtherTab);

    await user.click(screen.getByRole("button", { name: "Keep the answers in this tab" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(await storedSession()).toMatchObject({
      revision: 5,
      lines: [{ id: 1, answers: { carrier: "movistar" } }],
    });
  });

  it("the same answers saved by another tab need no notice", async () => {
    await resumeAtCarrier();
    act(() => saveInAnotherTab({ ...sessionAtCarrier, revision: 9, savedAt: "2026-12-01T00:00:00.000Z" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("after Delete my data in another tab, this tab stops saving and can clear itself too", async () => {
    const { user } = await resumeAtCarrier();
    act(() => saveInAnotherTab(null));
    expect(await screen.findByRole("alert")).toHaveTextContent("deleted in another tab or window");
    await user.click(screen.getByLabelText("Bitel"));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    expect(await storedSession()).toBeNull();
    await user.click(screen.getByRole("button", { name: "Clear this tab too" }));
    await heading("Cancel your Peruvian mobile line");
    expect(screen.queryByRole("button", { name: "Resume" })).not.toBeInTheDocument();
  });

  it("the welcome page offers the session another tab saved meanwhile", async () => {
    renderApp();
    expect(screen.queryByRole("button", { name: "Resume" })).not.toBeInTheDocument();
    act(() => saveInAnotherTab(sessionAtCarrier));
    expect(await screen.findByRole("button", { name: "Resume" })).toBeInTheDocument();
  });
});
