import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeAll } from "vitest";
import { loadSavedWork } from "../../src/app/session/savedWork.ts";
import { activateLocale, loadWizardMessages } from "../../src/i18n/i18n.ts";

beforeAll(async () => {
  await activateLocale("en");
  await loadWizardMessages();
  // As src/main.tsx has it before the app renders a saved session (tests/app/renderApp.tsx reads it directly).
  await loadSavedWork();
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
