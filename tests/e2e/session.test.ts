import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { setAsideKey } from "../../src/app/session/storageKeys.ts";
import sessionV1 from "../fixtures/session-v1.json";
import sessionV5 from "../fixtures/session-v5.json";
import sessionV5FollowedUp from "../fixtures/session-v5-followed-up.json";
import { violationsOn } from "./support/axe.ts";
import { afterNextPaint, reloadApp, sharedBrowser } from "./support/browser.ts";
import { downloadWith, wizardPage } from "./support/wizardPage.ts";

const sessionKey = "adios-chip:session";
const backupKey = "adios-chip:session-backup";
const cannotSave = "This device cannot save your progress (storage is off or full).";

const browser = sharedBrowser();

/**
 * Opens a tab on the app. Given `stored`, the page is loaded again on a device holding exactly that text as the
 * session (null: nothing); without it, the tab sees what earlier tabs stored.
 */
async function openTab(stored?: string | null) {
  const app = await browser.open("/?lang=en");
  if (stored !== undefined) {
    await app.page.evaluate(
      ({ key, value }) => {
        localStorage.clear();
        if (value !== null) localStorage.setItem(key, value);
      },
      { key: sessionKey, value: stored },
    );
    await reloadApp(app.page);
  }
  return { page: app.page, wizard: wizardPage(app.page) };
}

/**
 * Makes even reading the page's storage throw, before the app runs, as a browser with storage disabled does. A full
 * or blocked storage is tested on the components (tests/app/session/storageFaults.test.tsx); this one also reaches
 * the script that runs before the first paint.
 */
async function disableStorage(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get: () => {
        throw new DOMException("The storage refused", "SecurityError");
      },
    });
  });
  await reloadApp(page);
}

const stored = async (page: Page, key = sessionKey) => {
  await afterNextPaint(page);
  return page.evaluate((name) => localStorage.getItem(name), key);
};
/** The line open in the stored session: its step, answers and records. */
const storedLine = async (page: Page) => {
  const session = JSON.parse((await stored(page)) ?? "null");
  return session?.lines.find((line: { id: number }) => line.id === session.currentLine);
};
const warnings = (page: Page) => page.getByText(cannotSave).count();

describe("unreadable saved data", () => {
  test("is kept under the backup key, explained on the welcome page, and can be downloaded", async () => {
    const { page, wizard } = await openTab('{"app":"adios-chip","version":2,"step":"summ');
    await expect
      .poll(() => page.getByText(/could not be read\. It has been kept, not deleted/).count())
      .toBe(1);
    expect(await stored(page, backupKey)).toBe('{"app":"adios-chip","version":2,"step":"summ');

    const { fileName, text } = await downloadWith(page, "Download the unreadable data");
    expect(fileName).toBe("adios-chip-unreadable-session.txt");
    expect(text).toBe('{"app":"adios-chip","version":2,"step":"summ');

    await wizard.start();
    await wizard.choose("Another reason");
    await wizard.choose("In Peru, and staying");
    await wizard.expectHeading("What state is the line in?");
    expect(await stored(page, backupKey)).toBe('{"app":"adios-chip","version":2,"step":"summ');
    expect(await storedLine(page)).toMatchObject({ step: "cardStatus", answers: { reason: "other" } });
  });
});

describe("storage that refuses", () => {
  async function walkThreeSteps(page: Page) {
    const wizard = wizardPage(page);
    const counts: number[] = [];
    await wizard.expectHeading("Why do you want to cancel the line?");
    counts.push(await warnings(page));
    await wizard.choose("Another reason");
    await wizard.choose("In Peru, and staying");
    await wizard.expectHeading("What state is the line in?");
    counts.push(await warnings(page));
    await wizard.choose("It works normally");
    await wizard.expectHeading("What kind of plan is the line?");
    counts.push(await warnings(page));
    return counts;
  }

  test("disabled (even reading localStorage throws), as the page first paints: the welcome page warns once, the wizard works without repeating it", async () => {
    const { page, wizard } = await openTab(null);
    await disableStorage(page);
    await expect.poll(() => warnings(page)).toBe(1);
    await wizard.start();
    expect(await walkThreeSteps(page)).toEqual([0, 0, 0]);
  });
});

describe("two tabs of the app", () => {
  test("an answer in tab A, then one in tab B: B never overwrites A, is told, and can follow A", async () => {
    const a = await openTab(null);
    await a.wizard.start();
    await a.wizard.choose("Another reason");
    await a.wizard.choose("In Peru, and staying");
    await a.wizard.expectHeading("What state is the line in?");

    const b = await openTab();
    await b.page.getByRole("button", { name: "Resume" }).click();
    await b.wizard.expectHeading("What state is the line in?");

    await a.wizard.choose("It works normally");
    await a.wizard.expectHeading("What kind of plan is the line?");
    await b.wizard.choose("It is suspended for unpaid bills");

    const notice = b.page.getByRole("alert");
    await expect
      .poll(() => notice.textContent())
      .toContain("Your answers were changed in another tab or window.");
    expect(await storedLine(a.page)).toMatchObject({
      step: "planType",
      answers: { cardStatus: "working" },
    });

    await b.page.getByRole("button", { name: "Show the newer answers" }).click();
    await b.wizard.expectHeading("What kind of plan is the line?");

    await reloadApp(a.page);
    await a.wizard.expectHeading("What kind of plan is the line?");
    expect(await storedLine(a.page)).toMatchObject({
      answers: { reason: "other", cardStatus: "working" },
    });
  });

  test("B may keep its own answers instead, and then they are saved", async () => {
    const a = await openTab(null);
    await a.wizard.start();
    await a.wizard.choose("Another reason");
    await a.wizard.choose("In Peru, and staying");
    const b = await openTab();
    await b.page.getByRole("button", { name: "Resume" }).click();
    await b.wizard.expectHeading("What state is the line in?");

    await a.wizard.choose("It works normally");
    await a.wizard.expectHeading("What kind of plan is the line?");
    await expect.poll(() => b.page.getByRole("alert").count()).toBe(1);
    await b.wizard.choose("The SIM is damaged");
    await b.page.getByRole("button", { name: "Keep the answers in this tab" }).click();
    await expect.poll(async () => (await storedLine(b.page))?.answers.cardStatus).toBe("damaged");
  });
});

describe("export and import", () => {
  const resumeSummary = async () => {
    const tab = await openTab(JSON.stringify({ ...sessionV5, locale: "en" }));
    await tab.page.getByRole("button", { name: "Resume" }).click();
    await tab.wizard.expectHeading("Your plan");
    return tab;
  };

  test("Download my session gives a JSON file; importing a file asks, then shows its step", async () => {
    const { page, wizard } = await resumeSummary();
    const { fileName, text } = await downloadWith(page, "Download my session");
    expect(fileName).toBe("adios-chip-session.json");
    expect(JSON.parse(text)).toMatchObject({
      app: "adios-chip",
      lines: [{ step: "summary", answers: sessionV5.answers }],
    });

    await page.getByLabel("Import a session").setInputFiles({
      name: "adios-chip-session.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(sessionV1)),
    });
    await page.getByRole("button", { name: "Replace" }).click();
    await wizard.expectHeading("Which identity document will you show?");
    expect(await storedLine(page)).toMatchObject({ step: "identityDocument", answers: sessionV1.answers });
  });

  test("a file edited to hold a reclamo before the request is refused with the page's own message, and nothing is replaced", async () => {
    const { page, wizard } = await resumeSummary();
    const before = await stored(page);
    const { followUp } = sessionV5FollowedUp;
    const edited = {
      ...sessionV5FollowedUp,
      followUp: { ...followUp, escalation: { ...followUp.escalation, reclamoDate: "2026-07-01" } },
    };
    await page.getByLabel("Import a session").setInputFiles({
      name: "adios-chip-session.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(edited)),
    });
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toMatch(
        /changed or damaged and cannot be used\. The reclamo's day must be a date between your request and today/,
      );
    expect(await page.getByRole("button", { name: "Replace" }).count()).toBe(0);
    await wizard.expectHeading("Your plan");
    expect(await stored(page)).toBe(before);
  });
});

describe("accessibility of the session notices and panels", () => {
  test("axe finds nothing on the unreadable-data notice, the plans set aside, the confirmations, an import error and a conflict", async () => {
    const found: string[] = [];
    const broken = await openTab("{ not json");
    found.push(...(await violationsOn(broken.page, "unreadable data")));
    await broken.page.getByRole("button", { name: "Delete my data" }).click();
    found.push(...(await violationsOn(broken.page, "delete confirmation")));

    const { page } = await openTab(JSON.stringify({ ...sessionV5, locale: "en" }));
    await page.evaluate(({ key, session }) => localStorage.setItem(key, JSON.stringify([session])), {
      key: setAsideKey,
      session: JSON.stringify({ ...sessionV5, locale: "en", step: "carrier" }),
    });
    await reloadApp(page);
    await page.getByRole("heading", { name: "Plans you set aside" }).waitFor();
    found.push(...(await violationsOn(page, "plans set aside")));
    await page.getByRole("button", { name: "Start again" }).click();
    await page.getByRole("button", { name: "Yes, start again" }).waitFor();
    found.push(...(await violationsOn(page, "start-again confirmation")));
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("button", { name: "Resume" }).click();
    const importField = page.getByLabel("Import a session");
    await importField.setInputFiles({
      name: "a.json",
      mimeType: "application/json",
      buffer: Buffer.from("[]"),
    });
    await page.getByRole("alert").waitFor();
    found.push(...(await violationsOn(page, "import error")));
    await importField.setInputFiles({
      name: "adios-chip-session.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(sessionV1)),
    });
    await page.getByRole("button", { name: "Replace" }).waitFor();
    found.push(...(await violationsOn(page, "import confirmation")));

    await page.evaluate(({ key, session }) => localStorage.setItem(key, session), {
      key: sessionKey,
      session: JSON.stringify({ ...sessionV5, locale: "en", revision: 99, step: "cleanup" }),
    });
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("checkbox", { name: "DNI", exact: true }).uncheck();
    await page.getByText("Your answers were changed in another tab or window.").waitFor();
    found.push(...(await violationsOn(page, "conflict notice")));
    expect(found).toEqual([]);
  });
});
