import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { chromiumPath } from "./chromiumPath.ts";

/** Upper bound for every Playwright wait (actions, locators, navigations) unless a test passes its own. */
export const defaultTimeoutMs = 10_000;
const launchTimeoutMs = 30_000;

export const phoneViewport = { width: 390, height: 844 };

/** The flags every Chromium of the tests and benchmarks runs with: headless, and quiet on the network. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface LaunchedBrowser {
  context: BrowserContext;
  /** Requests to any host but 127.0.0.1, from any page or worker of the context; each was aborted. */
  externalRequests: string[];
  close: () => Promise<void>;
}

export interface OpenedApp {
  page: Page;
  externalRequests: string[];
  /** Uncaught exceptions and console errors of this page. */
  pageErrors: string[];
}

/**
 * One Chromium for the test file, started at the first launch and stopped after the file's last test. Playwright
 * gives it a fresh profile directory of its own.
 */
let chromiumOfThisFile: Promise<Browser> | undefined;

afterAll(async () => {
  const started = chromiumOfThisFile;
  chromiumOfThisFile = undefined;
  // A launch that failed has already failed its test.
  await started?.then(
    (browser) => browser.close(),
    () => undefined,
  );
});

/**
 * A browser as on a device that has never seen the app: a context of its own in the file's Chromium, which keeps no
 * storage, service worker or cache from another launch, and starts in a third of the time a new Chromium takes.
 */
export async function launchBrowser(contextOptions: BrowserContextOptions = {}): Promise<LaunchedBrowser> {
  chromiumOfThisFile ??= chromium.launch({
    executablePath: chromiumPath(),
    args: chromiumArgs,
    headless: true,
    timeout: launchTimeoutMs,
  });
  const context = await (await chromiumOfThisFile).newContext(contextOptions);
  context.setDefaultTimeout(defaultTimeoutMs);
  context.setDefaultNavigationTimeout(defaultTimeoutMs);

  const externalRequests: string[] = [];
  // Recording from the "request" event also catches requests made by service workers.
  context.on("request", (request) => {
    if (isExternal(request.url())) externalRequests.push(request.url());
  });
  await context.route(
    (url) => isExternal(url.href),
    (route) => route.abort("blockedbyclient"),
  );
  await context.routeWebSocket(
    (url) => isExternal(url.href),
    (webSocket) => {
      externalRequests.push(webSocket.url());
      return webSocket.close();
    },
  );

  return { context, externalRequests, close: () => context.close() };
}

/** Opens a new tab on the app served by the e2e global setup, and waits until the app has taken the page over. */
export async function openApp(
  browser: LaunchedBrowser,
  path = "/",
  baseUrl: string = inject("baseUrl"),
): Promise<OpenedApp> {
  const app = await openUntouched(browser, path, baseUrl);
  await waitForApp(app.page);
  return app;
}

/** Opens a new tab on the app and waits for the load event only: nobody has touched the page yet. */
async function openUntouched(
  browser: LaunchedBrowser,
  path: string,
  baseUrl: string = inject("baseUrl"),
): Promise<OpenedApp> {
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(`Uncaught ${error.name}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const { url } = message.location();
    pageErrors.push(`console.error: ${message.text()}${url ? ` (${url})` : ""}`);
  });
  await page.goto(new URL(path, baseUrl).href);
  return { page, externalRequests: browser.externalRequests, pageErrors };
}

export interface SharedBrowser {
  /** The context all tabs of the file share, with its storage, cookies and network. */
  readonly context: BrowserContext;
  open(path?: string): Promise<OpenedApp>;
  /** Opens a tab and leaves it as loaded: on the prerendered welcome page, the app has not run yet. */
  openUntouched(path: string): Promise<OpenedApp>;
  /** Opens a tab as on a device with nothing stored: the app is loaded, its localStorage emptied, then reloaded. */
  openFresh(path: string): Promise<OpenedApp>;
}

/**
 * One phone-sized browser (`contextOptions` on top) for the test file, or for the describe block that calls this.
 * Every tab a test opens is closed after it, and the test then fails on a page error or on any request that left
 * 127.0.0.1. An afterEach the file registers later runs before the tabs close.
 */
export function sharedBrowser(contextOptions: BrowserContextOptions = {}): SharedBrowser {
  let browser: LaunchedBrowser;
  const openTabs: OpenedApp[] = [];
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: phoneViewport, ...contextOptions });
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const app of openTabs.splice(0)) {
      await app.page.close();
      expectNoPageErrors(app);
    }
    expectNoExternalRequests(browser);
  });

  const tracked = (app: OpenedApp) => {
    openTabs.push(app);
    return app;
  };
  const open = async (path = "/") => tracked(await openApp(browser, path));
  return {
    get context() {
      return browser.context;
    },
    open,
    openUntouched: async (path) => tracked(await openUntouched(browser, path)),
    openFresh: async (path) => {
      const app = await open(path);
      await app.page.evaluate(() => localStorage.clear());
      await reloadApp(app.page);
      return app;
    },
  };
}

/** Reloads the page and waits until the app has taken it over again. */
export async function reloadApp(page: Page) {
  const response = await page.reload();
  await waitForApp(page);
  return response;
}

/**
 * Waits until React has taken over the page (after a load or reload). The prerendered welcome page runs its app only
 * at the visitor's first interaction (src/boot.ts): a press of Shift, which changes nothing on the page, is that
 * interaction here.
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.keyboard.press("Shift");
  await page.waitForFunction(() =>
    // The app renders into #root, or into the prerendered page of the visitor's language inside it.
    [...document.querySelectorAll("#root, #root > div")].some((element) =>
      Object.keys(element).some((key) => key.startsWith("__reactContainer$")),
    ),
  );
}

// Both checks are soft assertions (usable in a test or afterEach) so one failing does not hide the other.
// Each clears its list, so a browser shared by several tests blames each request on one test only.

/** Fails the current test with the URLs of requests that left 127.0.0.1. */
export function expectNoExternalRequests(source: { externalRequests: string[] }): void {
  const requests = source.externalRequests.splice(0);
  expect.soft(requests, "requests to hosts other than 127.0.0.1 (all were aborted)").toEqual([]);
}

/** Fails the current test with the page's uncaught exceptions and console errors. */
export function expectNoPageErrors(app: { pageErrors: string[] }): void {
  const errors = app.pageErrors.splice(0);
  expect.soft(errors, "uncaught exceptions and console errors in the page").toEqual([]);
}

function isExternal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === "data:" || protocol === "blob:" || protocol === "about:") return false;
  return hostname !== "127.0.0.1";
}

/** Waits until the page has painted its next frame and run what it queued for right after: the wizard's saving. */
export const afterNextPaint = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done();
          channel.port2.postMessage(null);
        }),
      ),
  );
