import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { assertInstalled, chromiumPath } from "./chromiumPath.ts";
import { assertNginxInstalled, startNginx } from "./nginx.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Origin of nginx serving dist/ with the build's own configuration, without a trailing slash. */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertInstalled({
    name: "Chromium",
    debianPackage: "chromium",
    path: chromiumPath(),
    setting: "CHROMIUM_PATH",
  });
  assertNginxInstalled();

  // E2E_DIST_DIR lets the harness be tried against another build without touching dist/.
  const distDir = resolve(project.config.root, process.env.E2E_DIST_DIR || "dist");
  if (!existsSync(join(distDir, "index.html"))) {
    throw new Error(
      `End-to-end tests need a build: ${join(distDir, "index.html")} is missing. Run npm run build first.`,
    );
  }

  const server = await startNginx(distDir);
  project.provide("baseUrl", server.url);
  return () => server.close();
}
