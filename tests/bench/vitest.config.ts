import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * `npm run bench`: measures the build in dist/ (or $E2E_DIST_DIR), served with gzip on 127.0.0.1 by the end-to-end
 * harness. Apart from `npm test`: Lighthouse alone takes a minute.
 */
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["tests/bench/**/*.bench.ts"],
    environment: "node",
    globalSetup: ["tests/e2e/support/globalSetup.ts"],
    fileParallelism: false,
    // Print the figures as they come, not grouped under each test.
    disableConsoleIntercept: true,
    testTimeout: 5 * 60_000,
    hookTimeout: 60_000,
  },
});
