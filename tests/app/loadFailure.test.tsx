import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { catalogLoaders } from "../../src/i18n/catalogLoaders.ts";
import { activateLocale } from "../../src/i18n/i18n.ts";
import sessionV5 from "../fixtures/session-v5.json";
import { chunkTimeout, heading, renderApp, storeSession } from "./renderApp.tsx";

const welcomeSpanish = catalogLoaders.welcome.es;
const wizardEnglish = catalogLoaders.wizard.en;

/** The network is down for one part of the catalog: its download fails until `back` is called. */
function cutOff(part: "welcome" | "wizard", locale: "en" | "es") {
  const loader = catalogLoaders[part][locale];
  catalogLoaders[part][locale] = () =>
    Promise.reject(new TypeError("Failed to fetch dynamically imported module"));
  return { back: () => (catalogLoaders[part][locale] = loader) };
}

afterEach(async () => {
  catalogLoaders.welcome.es = welcomeSpanish;
  catalogLoaders.wizard.en = wizardEnglish;
  window.history.replaceState(null, "", "/");
  await activateLocale("en");
});

const failureHeading = () =>
  screen.findByRole("heading", { level: 2, name: "This page could not load" }, chunkTimeout);

describe("a part of the app that cannot be downloaded", { timeout: 15_000 }, () => {
  it("Start says so, with focus on the message, and Try again opens the first question once the network is back", async () => {
    const network = cutOff("wizard", "en");
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Start" }));
    expect(await failureHeading()).toHaveFocus();
    expect(screen.getByText(/Everything you recorded is still saved on this device/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await failureHeading()).toHaveFocus();

    network.back();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await heading("Why do you want to cancel the line?");
    expect(screen.queryByText("This page could not load")).not.toBeInTheDocument();
  });

  it("Resume leaves the saved plan as it was, and Try again opens it", async () => {
    storeSession({ ...sessionV5, locale: "en" });
    const saved = localStorage.getItem("adios-chip:session");
    const network = cutOff("wizard", "en");
    const { user } = renderApp();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    await failureHeading();
    expect(localStorage.getItem("adios-chip:session")).toBe(saved);

    network.back();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await heading("Your plan");
    expect(screen.getByRole("checkbox", { name: "DNI" })).toBeChecked();
  });

  it("a language that cannot be downloaded is said in the language in use, and Try again switches once it can", async () => {
    const network = cutOff("welcome", "es");
    const { user } = renderApp();
    await user.click(screen.getByRole("link", { name: "Español" }));
    expect(await failureHeading()).toHaveFocus();
    expect(document.documentElement.lang).toBe("en");

    network.back();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    await screen.findByRole(
      "heading",
      { level: 1, name: "Da de baja tu línea de celular peruana" },
      chunkTimeout,
    );
    expect(document.documentElement.lang).toBe("es-PE");
  });
});
