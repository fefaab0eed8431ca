import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import sessionV5 from "../fixtures/session-v5.json";
import { chunkTimeout, heading, renderApp, storeSession } from "./renderApp.tsx";
import { atPlanType, sessionV5At } from "./sessionV5At.ts";

afterEach(() => {
  window.history.replaceState(null, "", "/");
});

/** Every page's heading in the document, shown or not. */
const headingInMain = (name: string) =>
  [...document.querySelectorAll("main h1")].find((found) => found.textContent === name);

/** The page prepared behind the one shown: in the document, hidden from everyone. */
const preparedHeading = (name: string) =>
  waitFor(() => {
    const found = headingInMain(name);
    expect(found).toBeDefined();
    expect(found).not.toBeVisible();
    return found;
  }, chunkTimeout);

describe("the page Continue leads to, prepared before the tap", { timeout: 15_000 }, () => {
  it("is the page shown after Continue, as it was prepared, and follows the choice", async () => {
    storeSession(atPlanType);
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("What kind of plan is the line?");
    expect(headingInMain("Which carrier is the line with?")).toBeUndefined();

    await user.click(screen.getByRole("radio", { name: /^Prepaid/ }));
    const prepared = await preparedHeading("Which carrier is the line with?");
    await user.click(screen.getByRole("button", { name: "Continue" }));

    expect(await heading("Which carrier is the line with?")).toBe(prepared);
    // The page left is hidden in the tap and removed once the next has painted.
    expect(screen.queryByRole("heading", { name: "What kind of plan is the line?" })).toBeNull();
    await waitFor(
      () => expect(headingInMain("What kind of plan is the line?")).toBeUndefined(),
      chunkTimeout,
    );
  });

  it("is prepared whole: its statements are numbered and its sources listed before the tap", async () => {
    storeSession(atPlanType);
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("What kind of plan is the line?");
    await user.click(screen.getByRole("radio", { name: /^Prepaid/ }));
    const prepared = await preparedHeading("Which carrier is the line with?");
    const preparedPage = prepared?.closest<HTMLElement>("main > div");

    await waitFor(() => {
      expect(preparedPage?.querySelector(".note-marker")).toHaveTextContent("[source 1]");
      expect(
        within(preparedPage as HTMLElement).getByRole("heading", { level: 2, hidden: true }),
      ).toHaveTextContent("Sources");
    }, chunkTimeout);
  });

  it("is the plan too: prepared on the last page, then shown with the lines and tools the shell adds", async () => {
    storeSession({ ...sessionV5, locale: "en", step: "cleanup", visited: sessionV5.visited.slice(0, -1) });
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("Clean up before and after");
    const prepared = await preparedHeading("Your plan");
    expect(screen.queryByRole("heading", { name: "Keep or move your answers" })).toBeNull();

    await user.click(screen.getByRole("button", { name: "Continue" }));

    expect(await heading("Your plan")).toBe(prepared);
    expect(screen.getByRole("heading", { level: 2, name: "Keep or move your answers" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Plan another line" })).toBeVisible();
  });

  it("changes with the choice: each answer prepares the page it leads to", async () => {
    storeSession(sessionV5At("reason", {}, ["welcome"]));
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("Why do you want to cancel the line?");

    await user.click(screen.getByRole("radio", { name: "I am leaving Peru, or have already left" }));
    await preparedHeading("Leaving only for a while? You can pause the line");
    await user.click(screen.getByRole("radio", { name: "Another reason" }));
    await preparedHeading("Where are you now?");
    expect(headingInMain("Leaving only for a while? You can pause the line")).toBeUndefined();

    await user.click(screen.getByRole("button", { name: "Continue" }));
    await heading("Where are you now?");
  });

  it("is not prepared for an answer the page would refuse, and the refusal shows as ever", async () => {
    storeSession(
      sessionV5At("lineNumber", { ...atPlanType.answers, planType: "prepaid", carrier: "claro" }, [
        ...atPlanType.visited,
        "planType",
        "carrier",
      ]),
    );
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await heading("What is the line's number? (optional)");
    await preparedHeading("Whose name is the line registered in?");

    await user.type(screen.getByRole("textbox", { name: "What is the line's number? (optional)" }), "12");
    // Preparing runs at low priority, behind the typing: on a busy machine it may take longer than waitFor's second.
    await waitFor(
      () => expect(headingInMain("Whose name is the line registered in?")).toBeUndefined(),
      chunkTimeout,
    );
    await user.click(screen.getByRole("button", { name: "Continue" }));

    const summary = await screen.findByRole("alert", {}, chunkTimeout);
    expect(
      within(summary).getByRole("link", { name: /^Enter a 9-digit number starting with 9/ }),
    ).toBeVisible();
    expect(
      screen.getByRole("heading", { level: 1, name: "What is the line's number? (optional)" }),
    ).toBeVisible();
  });
});
