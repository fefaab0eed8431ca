import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { activateLocale } from "../../src/i18n/i18n.ts";
import { heading, renderApp, storedSession } from "../app/renderApp.tsx";

afterEach(async () => {
  window.history.replaceState(null, "", "/");
  await activateLocale("en");
});

/** Starts the wizard, answers the reason and where the person is, and picks an option on the next page without sending it. */
async function pickOnCardStatusPage() {
  const view = renderApp();
  const { user } = view;
  await user.click(screen.getByRole("button", { name: "Start" }));
  await heading("Why do you want to cancel the line?");
  await user.click(screen.getByLabelText("Another reason"));
  await user.click(screen.getByRole("button", { name: "Continue" }));
  await heading("Where are you now?");
  await user.click(screen.getByLabelText("In Peru, and staying"));
  await user.click(screen.getByRole("button", { name: "Continue" }));
  await heading("What state is the line in?");
  await user.click(screen.getByLabelText("It works normally"));
  return view;
}

// Several steps, each of which may wait for the lazily loaded wizard on a busy machine.
describe("switching language", { timeout: 15_000 }, () => {
  it("keeps the page and the option picked, changes <html lang>, and is saved", async () => {
    const { user } = await pickOnCardStatusPage();

    await user.click(screen.getByRole("link", { name: "简体中文" }));
    await heading("这个号码现在是什么状态？");
    expect(screen.getByLabelText("正常使用")).toBeChecked();
    expect(document.documentElement.lang).toBe("zh-CN");
    // The page shows the new language as soon as its catalog is active; the app saves it right after.
    await vi.waitFor(async () =>
      expect(await storedSession()).toMatchObject({
        locale: "zh",
        lines: [{ step: "cardStatus", answers: { reason: "other", whereabouts: "inPeru" } }],
      }),
    );

    await user.click(screen.getByRole("link", { name: "Español" }));
    await heading("¿En qué estado está la línea?");
    expect(screen.getByLabelText("Funciona normalmente")).toBeChecked();
    expect(document.documentElement.lang).toBe("es-PE");
    await vi.waitFor(async () =>
      expect(await storedSession()).toMatchObject({ locale: "es", lines: [{ step: "cardStatus" }] }),
    );
  });

  it("moves to the language's own address, dropping a ?lang= that a reload would obey instead", async () => {
    window.history.replaceState(null, "", "/?lang=en");
    const { user } = await pickOnCardStatusPage();
    const step = window.location.hash;
    await user.click(screen.getByRole("link", { name: "Español" }));
    await heading("¿En qué estado está la línea?");
    expect(window.location.pathname).toBe("/es/");
    expect(window.location.search).toBe("");
    expect(window.location.hash).toBe(step);
  });

  it("moves between the languages' own addresses, with the step kept", async () => {
    window.history.replaceState(null, "", "/zh/");
    const { user } = await pickOnCardStatusPage();
    const step = window.location.hash;
    await user.click(screen.getByRole("link", { name: "Español" }));
    await heading("¿En qué estado está la línea?");
    expect(`${window.location.pathname}${window.location.hash}`).toBe(`/es/${step}`);
  });
});
