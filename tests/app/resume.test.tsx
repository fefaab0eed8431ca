import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { currentVersion } from "../../src/app/session/sessionFormat.ts";
import sessionV0 from "../fixtures/session-v0.json";
import sessionV5 from "../fixtures/session-v5.json";
import sessionV5FollowedUp from "../fixtures/session-v5-followed-up.json";
import { catchDownloads } from "../support/catchDownloads.ts";
import { chunkTimeout, heading, renderApp, storedSession, storeSession } from "./renderApp.tsx";

afterEach(() => {
  vi.restoreAllMocks();
  window.history.replaceState(null, "", "/");
});

describe("coming back to a saved session", () => {
  it("an old (v0) session resumes on its step, and is saved again in the current format", async () => {
    storeSession(sessionV0);
    const { user } = renderApp();
    expect(screen.getByText(/You stopped at “Which carrier is the line with\?”/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("Which carrier is the line with?");
    await user.click(screen.getByLabelText("Entel"));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await heading("What is the line's number? (optional)");
    expect(await storedSession()).toMatchObject({
      version: currentVersion,
      lines: [
        {
          step: "lineNumber",
          answers: { reason: "other", cardStatus: "working", planType: "prepaid", carrier: "entel" },
        },
      ],
    });
  });

  it("the current format resumes on the summary with its ticks", async () => {
    storeSession({ ...sessionV5, locale: "en" });
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("Your plan");
    expect(screen.getByRole("checkbox", { name: "DNI" })).toBeChecked();
  });

  it("unreadable data is kept aside and offered for download, and the user can start again", async () => {
    localStorage.setItem("adios-chip:session", "{ not json");
    const { user } = renderApp();
    expect(screen.getByText(/could not be read\. It has been kept, not deleted/)).toBeInTheDocument();
    expect(localStorage.getItem("adios-chip:session-backup")).toBe("{ not json");
    expect(screen.getByRole("button", { name: "Download the unreadable data" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Start" }));
    await heading("Why do you want to cancel the line?");
    expect(localStorage.getItem("adios-chip:session-backup")).toBe("{ not json");
  });

  it("the download holds every unreadable session kept on the device, the one just found last", async () => {
    const downloads = catchDownloads();
    localStorage.setItem("adios-chip:session-backup", "{ kept before");
    localStorage.setItem("adios-chip:session", "{ not json");
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Download the unreadable data" }));
    expect(downloads.map(({ fileName }) => fileName)).toEqual(["adios-chip-unreadable-session.txt"]);
    expect(await downloads[0]?.blob.text()).toBe("{ kept before\n\n{ not json");
    expect(localStorage.getItem("adios-chip:session-backup-2")).toBe("{ not json");
  });

  it("with storage full, says nothing can be saved, and still offers the unreadable data", () => {
    localStorage.setItem("adios-chip:session", "{ not json");
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    renderApp();
    expect(
      screen.getByText(/This device cannot save your progress \(storage is off or full\)/),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Download the unreadable data" })).toBeInTheDocument();
    expect(localStorage.getItem("adios-chip:session")).toBe("{ not json");
  });
});

describe("a saved session holding what the pages would refuse (edited by hand)", () => {
  const inTheFuture = {
    ...sessionV5FollowedUp,
    locale: "en",
    followUp: {
      ...sessionV5FollowedUp.followUp,
      request: { ...sessionV5FollowedUp.followUp.request, date: "9999-12-31" },
    },
  };

  it("is kept aside on Resume and offered for download, never saved over by a fresh start", async () => {
    const downloads = catchDownloads();
    storeSession(inTheFuture);
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await user.click(
      await screen.findByRole("button", { name: "Download the unreadable data" }, chunkTimeout),
    );
    expect(screen.getByText(/could not be read\. It has been kept, not deleted/)).toBeInTheDocument();
    expect(JSON.parse((await downloads[0]?.blob.text()) ?? "")).toMatchObject({
      lines: [{ followUp: inTheFuture.followUp }],
    });
    await user.click(screen.getByRole("button", { name: "Start" }));
    await heading("Why do you want to cancel the line?");
    expect(await storedSession()).toMatchObject({
      revision: inTheFuture.revision + 1,
      lines: [{ answers: {} }],
    });
    expect(JSON.parse(localStorage.getItem("adios-chip:session-backup") ?? "")).toMatchObject({
      lines: [{ followUp: inTheFuture.followUp }],
    });
  });

  it("with storage full, stays where it is and nothing is saved over it", async () => {
    storeSession(inTheFuture);
    const { user } = renderApp();
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await screen.findByRole("button", { name: "Download the unreadable data" }, chunkTimeout);
    expect(screen.getByText(/This device cannot save your progress/)).toBeInTheDocument();
    vi.restoreAllMocks();
    await user.click(screen.getByRole("button", { name: "Start" }));
    await heading("Why do you want to cancel the line?");
    await user.click(screen.getByLabelText("Another reason"));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await heading("Where are you now?");
    expect(await storedSession()).toEqual(inTheFuture);
  });
});

describe("a saved session recorded under rules an update of the app has changed", () => {
  it("resumes as it was: a chosen day the holiday table or the deadline rule would no longer offer does not set it aside", async () => {
    // The request's own day, which today's rules put before the carrier's deadline: a file holding it is refused.
    const request = { ...sessionV5FollowedUp.followUp.request, chosenDate: "2026-07-22" };
    const recordedEarlier = {
      ...sessionV5FollowedUp,
      locale: "en",
      followUp: { ...sessionV5FollowedUp.followUp, request },
    };
    storeSession(recordedEarlier);
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("If the carrier does not act");
    expect(screen.queryByRole("button", { name: "Download the unreadable data" })).not.toBeInTheDocument();
    expect(await storedSession()).toEqual(recordedEarlier);
    expect(localStorage.getItem("adios-chip:session-backup")).toBeNull();
  });
});

describe("the welcome page names the step where the user stopped as that step was titled for them", () => {
  it.each([
    [{ reason: "leavingPeru" }, "Leaving only for a while? You can pause the line"],
    [{ reason: "tooExpensive" }, "A cheaper plan may be enough"],
    [{ reason: "switchingCarrier", keepNumber: "notSure" }, "You may not need to cancel: keep your number"],
  ])("an advice page for the answers %o", async (answers, title) => {
    storeSession({
      ...sessionV5,
      locale: "en",
      step: "reasonAdvice",
      answers,
      ticks: [],
      visited: ["welcome", "reason", ...("keepNumber" in answers ? ["keepNumber"] : [])],
    });
    const { user } = renderApp();
    expect(screen.getByText(new RegExp(`You stopped at “${escapeRegExp(title)}”`))).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading(title);
  });

  it("the holder advice for a deceased holder", () => {
    storeSession({
      ...sessionV5,
      locale: "en",
      step: "holderAdvice",
      answers: {
        reason: "other",
        cardStatus: "working",
        planType: "prepaid",
        carrier: "entel",
        holder: "deceased",
      },
      ticks: [],
      visited: [],
    });
    renderApp();
    expect(screen.getByText(/You stopped at “First, the line must change holder”/)).toBeInTheDocument();
  });
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
