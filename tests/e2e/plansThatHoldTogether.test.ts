import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import type { Locale } from "../../src/i18n/locales.ts";
import { reloadApp, sharedBrowser } from "./support/browser.ts";
import { keyboardUser } from "./support/keyboardUser.ts";
import { mainText, printedText, wordsOf } from "./support/readText.ts";
import { mainHeading, messageIn, type PathStep, walkPath } from "./support/wholePaths.ts";
import { downloadWith, statementsIn } from "./support/wizardPage.ts";

/**
 * People whose plans once worked against them, walked from the welcome page to their plan and on past their request:
 * what each must read, and must never read, on their pages, their card, their print, their download, their letters
 * and their calendar reminder.
 */
const pathTimeoutMs = 120_000;
/** A Monday in Lima, not a holiday: under the rule in force a request that day is due on Tuesday the 15th. */
const requestDay = "2026-12-14";

/** Noon in Lima on that day: the browser's clock, from which the app reads "today". */
const setLimaDay = (page: Page, day: string) => page.clock.setFixedTime(new Date(`${day}T17:00:00Z`));

const press = (page: Page, locale: Locale, id: Parameters<typeof messageIn>[1]) =>
  page.getByRole("button", { name: messageIn(locale, id), exact: true }).click();

const headingIs = (page: Page, locale: Locale, id: Parameters<typeof messageIn>[1]) =>
  expect.poll(() => mainHeading(page)).toBe(messageIn(locale, id));

/** What the summary hands over: the plan's items, the card(s), the print and the downloaded file. */
async function copiesOfThePlan(page: Page, locale: Locale) {
  const plan = await statementsIn(page, "ol.plan > li");
  // The card as rendered, as the clerk reads it.
  const cards = await page.locator(".staff-card").allInnerTexts();
  const printed = await printedText(page);
  const { text: downloaded } = await downloadWith(page, messageIn(locale, "planActions.download"));
  return { plan, cards: cards.join("\n"), printed, downloaded };
}

/** Records the request made today with its code, from the summary, and lands on its due date. */
async function recordRequest(page: Page, locale: Locale, code: string) {
  await press(page, locale, "afterTheRequest.record");
  await headingIs(page, locale, "requestMade.title");
  expect(await page.getByLabel(messageIn(locale, "requestMade.date")).inputValue()).toBe(requestDay);
  await page.getByLabel(messageIn(locale, "requestMade.code")).fill(code);
  await press(page, locale, "common.continue");
  await headingIs(page, locale, "dueDate.title");
}

/**
 * The phone opened again on `day`, past the due date, with the line still working: Resume, "No, it still works", and
 * from the way up its letters, whose text it gives.
 */
async function lettersAfterTheDueDay(page: Page, locale: Locale, day: string): Promise<string> {
  await setLimaDay(page, day);
  await page.goto(page.url().replace(/#.*$/, ""));
  await reloadApp(page);
  await press(page, locale, "welcome.resume");
  await headingIs(page, locale, "checkIn.title");
  await page
    .getByRole("radio", { name: messageIn(locale, "checkIn.option.stillWorking"), exact: true })
    .check();
  await press(page, locale, "common.continue");
  await headingIs(page, locale, "wayUp.title");
  await press(page, locale, "wayUpDated.letters");
  await headingIs(page, locale, "letters.title");
  return mainText(page);
}

/** The calendar file's events, each by its start and its alarm's trigger. */
async function reminderEvents(page: Page, locale: Locale) {
  const { text } = await downloadWith(page, messageIn(locale, "reminder.download"));
  return text
    .split("BEGIN:VEVENT")
    .slice(1)
    .map((event) => ({
      start: /\r\nDTSTART:(\w+)\r\n/.exec(event)?.[1],
      trigger: /\r\nTRIGGER:(\S+)\r\n/.exec(event)?.[1],
    }));
}

describe("a 72-year-old whose Movistar postpaid line is suspended for three unpaid bills, with large text and the keyboard", () => {
  const browser = sharedBrowser({ locale: "es-PE" });

  const path: PathStep[] = [
    { question: "reason", choose: "tooExpensive" },
    { read: "reasonAdvice.tooExpensive.title" },
    { question: "whereabouts", choose: "inPeru" },
    { question: "cardStatus", choose: "suspendedForDebt" },
    { read: "debtFirst.title" },
    { question: "planType", choose: "postpaid" },
    { question: "carrier", choose: "movistar" },
    { question: "phoneOnInstalments", choose: "no" },
    { question: "lineNumber", type: "" },
    { question: "holder", choose: "me" },
    { question: "identityDocument", choose: "dni" },
    { question: "channel", choose: "store" },
    { read: "documents.title" },
    { read: "atStore.title" },
    { read: "balance.title.postpaid" },
    { read: "cleanup.title" },
  ];

  test(
    "the card backs her up on the debt, the plan lets her cancel first and settle apart, and the letters claim from the due day",
    async () => {
      const { page } = await browser.openFresh("/?lang=es");
      await setLimaDay(page, requestDay);
      // The browser's own text size setting, twice the usual.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32, fixed: 26 } });

      const keyboard = keyboardUser(page, "es");
      await keyboard.walk(path);
      expect(keyboard.unseenFocus).toEqual([]);
      // Large text reflows: nothing runs off the side of a phone's screen.
      expect(
        await page.evaluate(() =>
          [...document.querySelectorAll("body *")]
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
            .map(
              (element) =>
                `${element.tagName}.${element.className}#${element.id}[${element.getAttribute("type")}] ${Math.round(element.getBoundingClientRect().left)}-${Math.round(element.getBoundingClientRect().right)} ${getComputedStyle(element).position}`,
            ),
        ),
      ).toEqual([]);

      const before = await copiesOfThePlan(page, "es");
      // The line a clerk may push back on carries, on the card itself, what backs it.
      expect(before.cards).toMatch(
        /no es motivo válido para negarse a dar de baja el servicio\.\s*Respaldo: /,
      );
      expect(before.cards).not.toMatch(/comprobante de pago/i);
      const settle = before.plan.findIndex((item) => item.startsWith(wordsOf("es", "plan.settleDebt")));
      const ask = before.plan.findIndex((item) => item.startsWith(wordsOf("es", "plan.requestAtStore")));
      expect(ask).toBeGreaterThan(-1);
      expect(settle).toBeGreaterThan(ask);
      for (const [where, text] of Object.entries({
        printed: before.printed,
        downloaded: before.downloaded,
      })) {
        expect(text, where).toContain(messageIn("es", "staffCard.debtNoRefusal"));
        expect(text, where).toContain(wordsOf("es", "plan.settleDebt"));
        expect(text, where).not.toContain(wordsOf("es", "plan.considerPlanChange"));
      }
      expect(before.plan.join("\n")).not.toContain(wordsOf("es", "plan.considerPlanChange"));

      await recordRequest(page, "es", "MV-2026-0715");
      await expect.poll(() => mainText(page)).toContain("15 de diciembre de 2026");
      // Each alarm rings at the start of its event, at 09:00 on the due day, and on the latest day the earlier,
      // longer rule would give (5 business days: the 21st), never before the request.
      expect(await reminderEvents(page, "es")).toEqual([
        { start: "20261215T090000", trigger: "PT0S" },
        { start: "20261221T090000", trigger: "PT0S" },
      ]);

      // The summary's copies now carry what she recorded.
      await page.goBack();
      await page.goBack();
      await headingIs(page, "es", "summary.title");
      const after = await copiesOfThePlan(page, "es");
      for (const [where, text] of Object.entries({ printed: after.printed, downloaded: after.downloaded })) {
        expect(text, where).toContain("Pediste la baja el 14 de diciembre de 2026");
        expect(text, where).toContain("MV-2026-0715");
        expect(text, where).toContain("15 de diciembre de 2026");
      }

      // A week later, the line still works: she climbs the way up.
      const letters = await lettersAfterTheDueDay(page, "es", "2026-12-22");
      expect(letters).toContain("Movistar (Integratel Perú)");
      // The reclamo claims from the due day under the rule in force, the later one named as the fallback.
      expect(letters).toContain(
        "15 de diciembre de 2026 (o, a más tardar, el 21 de diciembre de 2026, si se aplicara el plazo de la norma anterior)",
      );
      expect(letters).toContain("DNI N.°");
    },
    pathTimeoutMs,
  );
});

describe("an English tourist flying home next week, who asks by phone", () => {
  const browser = sharedBrowser({ locale: "en-GB" });

  const path: PathStep[] = [
    { question: "reason", choose: "leavingPeru" },
    { read: "reasonAdvice.leavingPeru.title" },
    { question: "whereabouts", choose: "leaving" },
    { question: "flightDate", type: "2026-12-21" },
    { question: "cardStatus", choose: "working" },
    { question: "receivesSms", choose: "yes" },
    { question: "planType", choose: "prepaid" },
    { question: "carrier", choose: "claro" },
    { question: "lineNumber", type: "987 654 321" },
    { question: "holder", choose: "me" },
    { question: "identityDocument", choose: "passport" },
    { question: "channel", choose: "phone" },
    { read: "documents.haveReadyTitle" },
    { read: "onCall.title" },
    { read: "balance.title.prepaid" },
    { read: "cleanup.title" },
  ];

  test(
    "reads British dates, a part count that never moves, and has Spanish words for the call on every copy",
    async () => {
      const { page } = await browser.openFresh("/?lang=en");
      await setLimaDay(page, requestDay);
      const captions: string[] = [];
      const read = new Map<string, string>();
      await walkPath(page, "en", path, async (heading) => {
        read.set(heading, await mainText(page));
        const caption = page.locator("main .caption, .caption").first();
        if (await caption.count()) captions.push((await caption.textContent()) ?? "");
      });
      expect(captions.length).toBeGreaterThan(10);
      for (const caption of captions) expect(caption).toMatch(/^Part [1-4] of 4: /);
      const parts = captions.map((caption) => Number(/^Part (\d)/.exec(caption)?.[1]));
      expect(parts).toEqual(parts.toSorted((a, b) => a - b));

      const onCall = read.get(messageIn("en", "onCall.title")) ?? "";
      expect(onCall).toContain(messageIn("es", "staffCard.request"));
      expect(onCall).toContain(messageIn("en", "staffCard.request"));

      const copies = await copiesOfThePlan(page, "en");
      const everyCopy = { summary: await mainText(page), ...copies, plan: copies.plan.join("\n") };
      for (const [where, text] of Object.entries(everyCopy)) {
        expect(text, where).not.toMatch(/December \d+, 2026|\d+\/\d+\/2026/);
        if (where !== "plan") expect(text, where).toContain(messageIn("es", "staffCard.request"));
      }
      expect(copies.plan.join("\n")).toContain("21 December 2026");

      await recordRequest(page, "en", "CL-77");
      await expect.poll(() => mainText(page)).toContain("by 15 December 2026");
      const [dueDay] = await reminderEvents(page, "en");
      expect(dueDay).toEqual({ start: "20261215T090000", trigger: "PT0S" });
    },
    pathTimeoutMs,
  );
});

describe("a Venezuelan in Lima (CPP) leaving Entel postpaid, a phone on instalments, who asks by phone", () => {
  const browser = sharedBrowser({ locale: "es-VE" });

  const path: PathStep[] = [
    { question: "reason", choose: "switchingCarrier" },
    { question: "keepNumber", choose: "no" },
    { question: "whereabouts", choose: "inPeru" },
    { question: "cardStatus", choose: "working" },
    { question: "planType", choose: "postpaid" },
    { question: "carrier", choose: "entel" },
    { question: "phoneOnInstalments", choose: "yes" },
    { question: "lineNumber", type: "912 345 678" },
    { question: "holder", choose: "me" },
    { question: "identityDocument", choose: "cpp" },
    { question: "channel", choose: "phone" },
    { read: "documents.haveReadyTitle" },
    { read: "onCall.title" },
    { read: "balance.title.postpaid" },
    { read: "cleanup.title" },
  ];

  test(
    "is asked about his number first, gets one plan that never contradicts that answer, and his own document by name",
    async () => {
      const { page } = await browser.openFresh("/?lang=es");
      await setLimaDay(page, requestDay);
      const read: string[] = [];
      await walkPath(page, "es", path, async () => {
        read.push(await mainText(page));
      });
      const copies = await copiesOfThePlan(page, "es");
      const plan = copies.plan.join("\n");
      expect(plan).toContain(messageIn("es", "plan.numberNotKept"));
      expect(plan).toContain(wordsOf("es", "plan.settlePhone"));
      for (const text of [...read, plan, copies.printed, copies.downloaded]) {
        expect(text).not.toContain(wordsOf("es", "plan.considerPortability"));
        expect(text).not.toContain("CPP o PTP");
      }
      // The call's script names his own document, on every copy.
      const holder = "Soy el titular de la línea. Mi documento de identidad: CPP. Le dicto el número.";
      for (const [where, text] of Object.entries({
        cards: copies.cards,
        printed: copies.printed,
        downloaded: copies.downloaded,
      }))
        expect(text, where).toContain(holder);

      await recordRequest(page, "es", "EN-5521");
      const letters = await lettersAfterTheDueDay(page, "es", "2026-12-22");
      expect(letters).toContain("Entel (Entel Perú S.A.)");
      expect(letters).toContain("identificado(a) con CPP N.°");
      expect(letters).toContain("EN-5521");
    },
    pathTimeoutMs,
  );
});
