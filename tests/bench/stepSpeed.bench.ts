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
const roundsPerPath = 3;

declare global {
  interface Window {
    /** Milliseconds from the next click on a button to the paint of a new main heading. */
    nextStepChange?: Promise<number>;
  }
}

/**
 * Arms a timer in the page: from the next click on a button (the event's own time stamp) until the frame that shows
 * a new main heading has been painted (a task queued from requestAnimationFrame runs right after that paint).
 */
function armStepTimer(page: Page): Promise<void> {
  return page.evaluate(() => {
    const heading = () => document.querySelector("main h1")?.textContent;
    const before = heading();
    window.nextStepChange = new Promise((resolve) => {
      const onClick = (event: MouseEvent) => {
        if (!(event.target instanceof Element) || !event.target.closest("button")) return;
        document.removeEventListener("click", onClick, true);
        const clickedAt = event.timeStamp;
        const observer = new MutationObserver(() => {
          if (heading() === before) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const afterPaint = new MessageChannel();
            afterPaint.port1.onmessage = () => resolve(performance.now() - clickedAt);
            afterPaint.port2.postMessage(null);
          });
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      };
      document.addEventListener("click", onClick, true);
    });
  });
}

const readStepTimer = async (page: Page) => (await page.evaluate(() => window.nextStepChange)) ?? Number.NaN;

type StepTime = { from: string; ms: number };

/** Walks a whole path, timing each Continue, in a new tab whose CPU runs slower. */
async function timePath(browser: LaunchedBrowser, pathName: PathName): Promise<StepTime[]> {
  const app = await openApp(browser, "/?lang=en");
  const { page } = app;
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    const times: StepTime[] = [];
    let heading = await mainHeading(page);
    await page.getByRole("button", { name: messageIn("en", "welcome.start"), exact: true }).click();
    for (const step of wholePaths[pathName]) {
      heading = await waitForNewPage(page, heading);
      expect(heading).toBe(headingOf("en", step));
      await fillIn(page, "en", step);
      await armStepTimer(page);
      await continueButton(page, "en").click();
      // Nothing else talks to the page until the new heading is painted.
      times.push({ from: heading, ms: await readStepTimer(page) });
    }
    expect(await waitForNewPage(page, heading)).toBe(messageIn("en", "summary.title"));
    return times;
  } finally {
    // A page that broke explains a timeout better than the timeout does.
    expect.soft(app.pageErrors, "errors in the page").toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  }
}

test(`step changes, CPU ${cpuSlowdown}× slower: from a click on Continue to the next heading painted`, async () => {
  const browser = await launchBrowser({ viewport: phoneViewport });
  const lines: string[] = [];
  const stepMedians: number[] = [];
  try {
    for (const pathName of Object.keys(wholePaths) as PathName[]) {
      const rounds: StepTime[][] = [];
      for (let round = 0; round < roundsPerPath; round += 1) rounds.push(await timePath(browser, pathName));
      lines.push(`${pathName}:`);
      for (const [index, { from }] of (rounds[0] ?? []).entries()) {
        const times = rounds.map((round) => round[index]?.ms ?? Number.NaN);
        stepMedians.push(median(times));
        const each = times.map((ms) => ms.toFixed(0)).join(", ");
        lines.push(`  ${median(times).toFixed(1).padStart(6)} ms [${each}]  after "${from}"`);
      }
    }
  } finally {
    await browser.close();
  }
  const targets = budget.stepChangeMs;
  const medianMs = median(stepMedians);
  const worstMs = Math.max(...stepMedians);
  printSection(
    `Step changes (Chromium, CPU ${cpuSlowdown}× slower; each step: median of ${roundsPerPath} rounds)`,
    [
      ...lines,
      `median ${medianMs.toFixed(1)} ms ${verdict(medianMs <= targets.median, `${targets.median} ms`)}, worst ${worstMs.toFixed(1)} ms ${verdict(worstMs <= targets.worst, `${targets.worst} ms`)}, over ${stepMedians.length} step changes`,
    ],
  );
  expect(stepMedians.every(Number.isFinite)).toBe(true);
  expect.soft(medianMs).toBeLessThanOrEqual(targets.median);
  expect.soft(worstMs).toBeLessThanOrEqual(targets.worst);
});
