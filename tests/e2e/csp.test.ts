import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterEach, beforeAll, describe, expect, inject, test } from "vitest";
import { parseHeadersFile } from "../../src/build/previewHeaders.ts";
import { distDir } from "../build/buildOutput.ts";
import { type OpenedApp, sharedBrowser } from "./support/browser.ts";

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

const browser = sharedBrowser();
let app: OpenedApp;

beforeAll(async () => {
  // Listens from the very start of every page, before the page's own scripts and styles load.
  await browser.context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.cspViolations?.push(
        `${event.effectiveDirective} refused ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
});
afterEach(async () => {
  await app.page.evaluate(() => localStorage.clear());
});

const violations = (page: Page) => page.evaluate(() => window.cspViolations ?? []);

describe("Content-Security-Policy", () => {
  test("the server sends the shipped policy, and the page carries it too, less frame-ancestors", async () => {
    app = await browser.open("/");
    const rules = parseHeadersFile(await readFile(join(distDir, "_headers"), "utf8"));
    const shipped = new Map(rules.find((rule) => rule.path === "/*")?.headers).get("Content-Security-Policy");
    const response = await fetch(`${inject("baseUrl")}/`);
    expect(response.headers.get("content-security-policy")).toBe(shipped);
    expect(shipped).toMatch(/; frame-ancestors 'none'$/);
    const meta = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(meta).toBe(shipped?.replace(/; frame-ancestors 'none'$/, ""));
    // Scripts: the app's own files, and only the inline code whose hash the policy names.
    expect(meta).toMatch(/script-src 'self' 'sha256-[\w+/=]+';/);
    expect(meta).not.toContain("unsafe-inline");
  });

  test("the policy is enforced: a script injected into the page is refused and reported", async () => {
    app = await browser.open("/");
    const { page } = app;
    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.body.dataset.injected = 'ran'";
      document.head.append(script);
      return document.body.dataset.injected === "ran";
    });
    expect(ran).toBe(false);
    // Reported once per policy: the header's and the meta's.
    await expect.poll(async () => (await violations(page)).length).toBeGreaterThan(0);
    for (const violation of await violations(page))
      expect(violation).toMatch(/^script-src-elem refused inline/);
    // The browser reports each refusal as a console error too, which fails every other browser test: so a violation
    // anywhere on the pages they walk, in any language, fails them. Expected here.
    expect(
      app.pageErrors.filter((error) => error.includes("Content Security Policy")).length,
    ).toBeGreaterThan(0);
    app.pageErrors.splice(0);
  });
});
