import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, beforeAll } from "vitest";
import { activateLocale, loadWizardMessages } from "../../src/i18n/i18n.ts";

beforeAll(async () => {
  await activateLocale("en");
  await loadWizardMessages();
});

afterEach(() => {
  cleanup();
  localStorage.clear();
});
