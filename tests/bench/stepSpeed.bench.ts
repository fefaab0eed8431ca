import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { type LaunchedBrowser, launchBrowser, openApp, phoneViewport } from "../e2e/support/browser.ts";
import {
  continueButton,
  fillIn,
  headingOf,
  mainHeading,
  messageIn,
  type PathName,
  waitForNewPage,
  wholePaths,
} from "../e2e/support/wholePaths.ts";
import { budget, median, printSection, verdict } from "./report.ts";

const cpuSlowdown = 4;
/** Each path runs this many times and a step counts its median: a stray pause elsewhere on the machine does not. */
const roundsPerPath = 5;

declare global {
  /** The Prioritized Task Scheduling API, in Chromium since version 94 and not yet in TypeScript's DOM types. */
  const scheduler: {
    postTask: (task: () => void, options: { priority: "user-blocking" }) => void;
  };
  interface Window {
    /** Milliseconds from the next click on a button to the paint of a new main heading. */
    nextStepChange?: Promise<number>;
  }
}

/**
 * Arms a timer in the page: from the next click on a button (the event's own time stamp) until the frame that shows
 * a new main heading has been painted. The timer stops in a task of the highest priority queued from that frame's
 * callback: it runs right after the paint, ahead of any work the page has queued for later (the app's own work after
 * the paint, the address and the focus, or its preparing of the page after), as the user sees the page before that.
 */
function armStepTimer(page: Page): Promise<void> {
  return page.evaluate(() => {
    // The page shown: the page left and the page prepared next are in the main too, hidden.
    const heading = () =>
      [...document.querySelectorAll("main h1")].find((found) => !found.closest("[hidden]"))?.textContent;
    const before = heading();
    window.nextStepChange = new Promise((resolve) => {
      const onClick = (event: MouseEvent) => {
        if (!(event.target instanceof Element) || !event.target.closest("button")) return;
        document.removeEventListener("click", onClick, true);
        const clickedAt = event.timeStamp;
        const onFrame = () => {
          if (heading() === before) {
            requestAnimationFrame(onFrame);
            return;
          }
          scheduler.postTask(() => resolve(performance.now() - clickedAt), { priority: "user-blocking" });
        };
        requestAnimationFrame(onFrame);
      };
      document.addEventListener("click", onClick, true);
    });
  });
}

const readStepTimer = async (page: Page) => (await page.evaluate(() => window.nextStepChange)) ?? Number.NaN;

type StepTime = { from: string; ms: number };

/** What each page of a path showed, to be swapped in again without the app: the first page whole, then each main. */
type PathCopy = { firstPage: string; mains: string[] };

/**
 * The page as it shows, without its scripts, and without the policy that would refuse the swapping script. The page
 * the app prepares ahead, hidden in the main, is left out: the plain page shows only what the app shows.
 */
const pageWithoutScripts = (page: Page) =>
  page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    const leftOut = "script, link[rel=modulepreload], meta[http-equiv], main > [hidden]";
    for (const element of copy.querySelectorAll(leftOut)) element.remove();
    return `<!doctype html>${copy.outerHTML}`;
  });

const mainContent = (page: Page) =>
  page.evaluate(() => {
    const main = document.querySelector("main")?.cloneNode(true);
    if (!(main instanceof HTMLElement)) return "";
    for (const hidden of main.querySelectorAll(":scope > [hidden]")) hidden.remove();
    return main.innerHTML;
  });

/** Walks a whole path, timing each Continue, in a new tab whose CPU runs slower; copies each page on the way. */
async function timePath(
  browser: LaunchedBrowser,
  pathName: PathName,
): Promise<{ times: StepTime[]; copy: PathCopy }> {
  const app = await openApp(browser, "/?lang=en");
  const { page } = app;
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    const times: StepTime[] = [];
    const copy: PathCopy = { firstPage: "", mains: [] };
    let heading = await mainHeading(page);
    await page.getByRole("button", { name: messageIn("en", "welcome.start"), exact: true }).click();
    for (const step of wholePaths[pathName]) {
      heading = await waitForNewPage(page, heading);
      expect(heading).toBe(headingOf("en", step));
      copy.firstPage ||= await pageWithoutScripts(page);
      copy.mains.push(await mainContent(page));
      await fillIn(page, "en", step);
      await armStepTimer(page);
      await continueButton(page, "en").click();
      // Nothing else talks to the page until the new heading is painted.
      times.push({ from: heading, ms: await readStepTimer(page) });
    }
    expect(await waitForNewPage(page, heading)).toBe(messageIn("en", "summary.title"));
    copy.mains.push(await mainContent(page));
    return { times, copy };
  } finally {
    // A page that broke explains a timeout better than the timeout does.
    expect.soft(app.pageErrors, "errors in the page").toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  }
}

/**
 * The baseline to compare with, in the same run: the same pages, with the same styles, where Continue swaps the next
 * page's main in with plain DOM and no script of the app's. That is the browser's own share in swapping a page on
 * this machine: parsing, style, layout and paint of the page, and the wait for the next frame. The app, which lays
 * its next page out before the tap, can come in under it.
 */
async function timePlainSwaps(browser: LaunchedBrowser, { firstPage, mains }: PathCopy): Promise<number[]> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    const swapScript = `<script id="pages" type="application/json">${JSON.stringify(mains).replaceAll("<", "\\u003c")}</script>
<script>
  const pages = JSON.parse(document.getElementById("pages").textContent);
  let shown = 0;
  document.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button || button.textContent.trim() !== ${JSON.stringify(messageIn("en", "common.continue"))}) return;
    event.preventDefault();
    shown += 1;
    document.querySelector("main").innerHTML = pages[shown];
  });
</script>`;
    await page.setContent(firstPage.replace("</body>", `${swapScript}</body>`));
    const times: number[] = [];
    let heading = await mainHeading(page);
    for (let shown = 1; shown < mains.length; shown += 1) {
      await armStepTimer(page);
      await continueButton(page, "en").click();
      times.push(await readStepTimer(page));
      heading = await waitForNewPage(page, heading);
    }
    return times;
  } finally {
    await page.close();
  }
}

test(`step changes, CPU ${cpuSlowdown}× slower: from a click on Continue to the next heading painted`, async () => {
  const browser = await launchBrowser({ viewport: phoneViewport });
  const lines: string[] = [];
  const stepMedians: number[] = [];
  const plainMedians: number[] = [];
  try {
    for (const pathName of Object.keys(wholePaths) as PathName[]) {
      const rounds: StepTime[][] = [];
      const plainRounds: number[][] = [];
      for (let round = 0; round < roundsPerPath; round += 1) {
        const { times, copy } = await timePath(browser, pathName);
        rounds.push(times);
        plainRounds.push(await timePlainSwaps(browser, copy));
      }
      lines.push(`${pathName}:`);
      for (const [index, { from }] of (rounds[0] ?? []).entries()) {
        const times = rounds.map((round) => round[index]?.ms ?? Number.NaN);
        const plainTimes = plainRounds.map((round) => round[index] ?? Number.NaN);
        stepMedians.push(median(times));
        plainMedians.push(median(plainTimes));
        const each = times.map((ms) => ms.toFixed(0)).join(", ");
        lines.push(
          `  ${median(times).toFixed(1).padStart(6)} ms [${each}], plain ${median(plainTimes).toFixed(1).padStart(5)} ms  after "${from}"`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  const targets = budget.stepChangeMs;
  const medianMs = median(stepMedians);
  const worstMs = Math.max(...stepMedians);
  printSection(
    `Step changes (Chromium, CPU ${cpuSlowdown}× slower; each step: median of ${roundsPerPath} rounds, beside the same pages swapped in by plain DOM)`,
    [
      ...lines,
      `median ${medianMs.toFixed(1)} ms ${verdict(medianMs <= targets.median, `${targets.median} ms`)}, worst ${worstMs.toFixed(1)} ms ${verdict(worstMs <= targets.worst, `${targets.worst} ms`)}, over ${stepMedians.length} step changes`,
      `the same pages swapped in by plain DOM (the browser's own share in a plain swap): median ${median(plainMedians).toFixed(1)} ms, worst ${Math.max(...plainMedians).toFixed(1)} ms`,
    ],
  );
  expect(stepMedians.every(Number.isFinite)).toBe(true);
  expect(plainMedians.every(Number.isFinite)).toBe(true);
  expect.soft(medianMs).toBeLessThanOrEqual(targets.median);
  expect.soft(worstMs).toBeLessThanOrEqual(targets.worst);
});
