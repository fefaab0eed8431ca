import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import sessionV5 from "../fixtures/session-v5.json";
import { heading, renderApp, storeSession } from "./renderApp.tsx";

afterEach(() => {
  window.history.replaceState(null, "", "/");
});

const holderQuestion = "Whose name is the line registered in?";
const notSureAdvice = "Check whose name the line is in";

/** Resumes a saved session that stands on the plan, and follows its Change link for the holder. */
async function changeTheHolder() {
  storeSession({ ...sessionV5, locale: "en" });
  const view = renderApp();
  await view.user.click(screen.getByRole("button", { name: "Resume" }));
  await heading("Your plan");
  await view.user.click(screen.getByRole("link", { name: "Change Holder" }));
  await heading(holderQuestion);
  return view;
}

// Several pages, each of which may wait for the lazily loaded wizard on a busy machine.
describe("a change from the plan", { timeout: 15_000 }, () => {
  it("shows the changed question and the advice it calls for, then the plan, with no step count on the way", async () => {
    const { user } = await changeTheHolder();
    expect(screen.queryByText(/^Step /)).toBeNull();
    await user.click(screen.getByLabelText("I am not sure"));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await heading(notSureAdvice);
    expect(screen.queryByText(/^Step /)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await heading("Your plan");
  });

  it("still returns to the plan after the user went back among its pages", async () => {
    const { user } = await changeTheHolder();
    await user.click(screen.getByLabelText("I am not sure"));
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await heading(notSureAdvice);
    await user.click(screen.getByRole("link", { name: "Back" }));
    await heading(holderQuestion);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await heading(notSureAdvice);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await heading("Your plan");
  });
});
