import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { addCalendarDays } from "../../src/flow/businessDays.ts";
import { dayInLima } from "../../src/flow/limaDate.ts";
import type { MessageId } from "../../src/i18n/useText.ts";
import { sharedBrowser } from "./support/browser.ts";
import { mainText, printedText, wordsOf } from "./support/readText.ts";
import { messageIn, type PathStep, walkPath } from "./support/wholePaths.ts";
import { downloadWith, statementsIn } from "./support/wizardPage.ts";

/**
 * Three people for whom being in Peru cannot be taken for granted, walked in Chinese and in English: what each must
 * read, and what must never reach them, on their pages, in their plan, on paper and in the file they download.
 */
const pathTimeoutMs = 90_000;
const browser = sharedBrowser();

type Person = {
  path: PathStep[];
  /** The ways of asking the channel page offers, in order. */
  channels: string[];
  /** The short answer that opens the plan, sentence by sentence. */
  shortAnswer: MessageId[];
  /** Messages (up to their first placeholder) the plan, the print and the download all carry. */
  planSays: MessageId[];
  /** Messages (up to their first placeholder) that appear nowhere: not on the way, nor in the plan, print or file. */
  neverSays: MessageId[];
  /** Words, the same in every language, that appear nowhere. */
  neverWords: string[];
};

/** Each phone link on the page, as it dials and as it reads. */
const phoneLinks = (page: Page) =>
  page
    .locator('a[href^="tel:"]')
    .evaluateAll((links) =>
      links.map((link) => [link.getAttribute("href"), link.textContent ?? ""] as const),
    );

const holderAbroad = (planType: "prepaid" | "postpaid", carrier: string): PathStep[] => [
  { question: "reason", choose: "leavingPeru" },
  { read: "reasonAdvice.leavingPeru.title" },
  { question: "whereabouts", choose: "abroad" },
  { question: "cardStatus", choose: "working" },
  { question: "receivesSms", choose: "no" },
  { question: "planType", choose: planType },
  { question: "carrier", choose: carrier },
  ...(planType === "postpaid" ? [{ question: "phoneOnInstalments", choose: "no" } as const] : []),
  { question: "lineNumber", type: "987 654 321" },
  { question: "holder", choose: "me" },
  { question: "identityDocument", choose: "passport" },
];

const routesThatNeedPeru: MessageId[] = [
  "plan.requestAtStore",
  "plan.useUpBalance",
  "plan.askWhatWorksFromAbroad",
  "plan.moveCodesBeforeLeaving",
];

const people = {
  "a student back in China, her Claro prepaid line without roaming, by OSIPTEL's form": {
    path: [
      ...holderAbroad("prepaid", "claro"),
      { question: "channel", choose: "osiptelForm" },
      { read: "documents.haveReadyTitle" },
      { read: "osiptelForm.title" },
      { read: "balance.title.prepaid" },
      { read: "cleanup.title" },
    ],
    channels: ["someoneInPeru", "osiptelForm"],
    shortAnswer: ["short.needNotAsk", "short.how.osiptelForm"],
    planSays: ["plan.prepaidEndsByItself", "plan.moveCodesFromAbroad", "plan.requestViaOsiptel"],
    neverSays: [...routesThatNeedPeru, "plan.postpaidNeverEnds", "staffCard.title"],
    neverWords: ["*222#", "Pasa Saldo"],
  },
  "a holder abroad, his Movistar postpaid line without roaming, through someone in Peru": {
    path: [
      ...holderAbroad("postpaid", "movistar"),
      { question: "channel", choose: "someoneInPeru" },
      { read: "documents.title" },
      { read: "someoneInPeru.title" },
      { read: "balance.title.postpaid" },
      { read: "cleanup.title" },
    ],
    channels: ["someoneInPeru", "osiptelForm"],
    shortAnswer: ["short.mustAskPostpaid", "short.how.someoneInPeru"],
    planSays: ["plan.postpaidNeverEnds", "plan.requestBySomeoneInPeru", "staffCard.representative"],
    neverSays: [...routesThatNeedPeru, "plan.prepaidEndsByItself", "short.needNotAsk"],
    neverWords: ["*222#", "Pasa Saldo"],
  },
  "a tourist flying out tomorrow, his Bitel prepaid line without roaming abroad, at a store": {
    path: [
      { question: "reason", choose: "leavingPeru" },
      { read: "reasonAdvice.leavingPeru.title" },
      { question: "whereabouts", choose: "leaving" },
      { question: "flightDate", type: addCalendarDays(dayInLima(new Date()), 1) },
      { question: "cardStatus", choose: "working" },
      { question: "receivesSms", choose: "no" },
      { question: "planType", choose: "prepaid" },
      { question: "carrier", choose: "bitel" },
      { question: "lineNumber", type: "" },
      { question: "holder", choose: "me" },
      { question: "identityDocument", choose: "passport" },
      { question: "channel", choose: "store" },
      { read: "documents.title" },
      { read: "atStore.title" },
      { read: "balance.title.prepaid" },
      { read: "cleanup.title" },
    ],
    channels: ["store", "phone", "online"],
    // Flying tomorrow, the carrier's days may run past the flight: ask today all the same, or let the line end.
    shortAnswer: ["short.needNotAsk", "short.tooLate"],
    planSays: ["plan.prepaidEndsByItself", "plan.moveCodesBeforeLeaving", "plan.requestAtStore"],
    neverSays: [
      "plan.moveCodesFromAbroad",
      "plan.requestViaOsiptel",
      "plan.postpaidNeverEnds",
      "short.byDay",
    ],
    neverWords: [],
  },
} satisfies Record<string, Person>;

/** What the page shows, as a person reads it (hidden text left out). */
/** The ways of asking the channel page offers, by their values. */
const channelsOffered = (page: Page) =>
  page.getByRole("radio").evaluateAll((radios) => radios.map((radio) => radio.getAttribute("value")));

describe.each(["zh", "en"] as const)("in %s, from abroad or about to leave", (locale) => {
  test.each(Object.entries(people))(
    "%s",
    async (_, person: Person) => {
      const { page } = await browser.openFresh(`/?lang=${locale}`);
      const read: string[] = [];
      let channels: (string | null)[] = [];
      await walkPath(page, locale, person.path, async (heading) => {
        read.push(await mainText(page));
        if (heading === messageIn(locale, "channel.title")) channels = await channelsOffered(page);
        // Every number dials what the page shows, its leading + included.
        for (const [dials, reads] of await phoneLinks(page))
          expect(dials, heading).toBe(`tel:${reads.replace(/[^\d+]/g, "")}`);
      });
      expect(channels).toEqual(person.channels);

      const summary = await mainText(page);
      const shortAnswer =
        (await page.getByRole("region", { name: messageIn(locale, "short.title") }).textContent()) ?? "";
      for (const sentence of person.shortAnswer) expect(shortAnswer).toContain(wordsOf(locale, sentence));
      const plan = await statementsIn(page, "ol.plan > li");
      const printed = await printedText(page);
      const { fileName, text: downloaded } = await downloadWith(
        page,
        messageIn(locale, "planActions.download"),
      );
      expect(fileName).toMatch(/\.txt$/);

      for (const [where, text] of Object.entries({ summary, printed, downloaded })) {
        for (const sentence of person.shortAnswer)
          expect(text, `${where}: ${sentence}`).toContain(wordsOf(locale, sentence));
        for (const said of person.planSays)
          expect(text, `${where}: ${said}`).toContain(wordsOf(locale, said));
      }
      const everything = [...read, plan.join("\n"), printed, downloaded];
      for (const text of everything) {
        for (const unsaid of person.neverSays) expect(text, unsaid).not.toContain(wordsOf(locale, unsaid));
        for (const word of person.neverWords) expect(text).not.toContain(word);
      }
    },
    pathTimeoutMs,
  );
});
