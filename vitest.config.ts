import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: "unit",
            sequence: { groupOrder: 0 },
            include: ["tests/**/*.test.{ts,tsx}"],
            exclude: ["tests/e2e/**", "tests/build/**"],
            environment: "jsdom",
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
            fileParallelism: false,
          },
        },
      ],
      reporters: ["default", "./tests/support/passedFailedReporter.ts"],
    },
  }),
);
