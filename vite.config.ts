import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { catalogs } from "./src/build/catalogs.ts";
import { offlineApp } from "./src/build/offlineApp.ts";
import { previewHeaders } from "./src/build/previewHeaders.ts";
import { siteOrigin } from "./src/build/publishedAddresses.ts";
import { publishedPages } from "./src/build/publishedPages.ts";

/** The end-to-end and build checks need the built app and a browser: they have projects of their own. */
const nonUnitTests = ["tests/e2e/**", "tests/build/**", "tests/bench/**", "tests/.artifacts/**"];

export default defineConfig({
  plugins: [
    react(),
    catalogs(),
    publishedPages(siteOrigin(process.env.SITE_ORIGIN)),
    offlineApp(),
    previewHeaders(),
  ],
  resolve: {
    alias: [
      // @xstate/react asks for the shim that adds useSyncExternalStore to React before 18; React 19 has its own, which
      // the same package's plain entries use.
      { find: /^use-sync-external-store\/shim(\/with-selector)?$/, replacement: "use-sync-external-store$1" },
    ],
  },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  build: {
    target: "es2022",
    // The bench and the budget test follow the welcome page's imports through the manifest.
    manifest: true,
    // Every browser the app supports has modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
  },
  test: {
    // Left to itself, Vitest ran one file at a time on a two-core machine.
    maxWorkers: "100%",
    projects: [
      {
        extends: true,
        test: {
          // Pure modules: no DOM to build for each file.
          name: "node",
          sequence: { groupOrder: 0 },
          include: ["tests/**/*.test.ts"],
          exclude: [...nonUnitTests, "tests/**/*.dom.test.ts"],
          environment: "node",
          // The files of a worker share their modules: loading the flow and the facts again for each file took
          // longer than the tests themselves, and no test changes what a module holds.
          isolate: false,
          setupFiles: ["tests/support/englishCatalog.ts"],
        },
      },
      {
        extends: true,
        test: {
          // Components, and the few modules that need a DOM (*.dom.test.ts).
          name: "dom",
          sequence: { groupOrder: 0 },
          include: ["tests/**/*.test.tsx", "tests/**/*.dom.test.ts"],
          exclude: nonUnitTests,
          environment: "jsdom",
          // One DOM per worker, emptied after each test with the device's storage (tests/support/setup.ts): building
          // jsdom and loading React again for each file took two thirds of the run.
          isolate: false,
          setupFiles: ["tests/support/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          // Checks of the built app in dist/ (or $E2E_DIST_DIR): npm test builds first.
          name: "build",
          sequence: { groupOrder: 1 },
          include: ["tests/build/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          sequence: { groupOrder: 1 },
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/support/globalSetup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
    reporters: ["default", "./tests/support/passedFailedReporter.ts"],
  },
});
