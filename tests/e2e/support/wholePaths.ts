import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { QuestionId } from "../../../src/flow/answers.ts";
import en from "../../../src/i18n/catalogs/en.json";
import es from "../../../src/i18n/catalogs/es.json";
import zh from "../../../src/i18n/catalogs/zh.json";
import type { Locale } from "../../../src/i18n/locales.ts";
import type { MessageId } from "../../../src/i18n/useText.ts";

const catalogs: Record<Locale, Record<string, string>> = { en, es, zh };

/** A message as the page shows it in that language (Lingui falls back to English for a message a catalog lacks). */
export const messageIn = (locale: Locale, id: MessageId): string => catalogs[locale][id] || en[id];

/**
 * One page of a path: pick an option, type into the field, read the page (its heading given), or read the one
 * answer the other answers leave (stated, not asked), and Continue.
 */
export type PathStep =
  | { question: QuestionId; choose: string }
  | { question: "lineNumber" | "flightDate"; type: string }
  | { read: MessageId }
  | { stated: QuestionId; answer: string };

/** A question's one possible answer, as its page's heading states it. */
const statedHeading = (locale: Locale, question: QuestionId, answer: string) =>
  messageIn(locale, "choice.onlyAnswer.title")
    .replace("{question}", messageIn(locale, `summary.question.${question}` as MessageId))
    .replace("{answer}", messageIn(locale, `${question}.option.${answer}` as MessageId));

/** The heading the page of this step shows. */
export const headingOf = (locale: Locale, step: PathStep) => {
  if ("read" in step) return messageIn(locale, step.read);
  if ("stated" in step) return statedHeading(locale, step.stated, step.answer);
  return messageIn(locale, `${step.question}.title` as MessageId);
};

/** Whole paths from Start to the summary, by question ids and option values so that they work in any language. */
export const wholePaths = {
  "prepaid Claro line, passport, in a store": [
    { question: "reason", choose: "leavingPeru" },
    { read: "reasonAdvice.leavingPeru.title" },
    { question: "whereabouts", choose: "leaving" },
    { question: "flightDate", type: "" },
    { question: "cardStatus", choose: "working" },
    { question: "receivesSms", choose: "no" },
    { question: "planType", choose: "prepaid" },
    { question: "carrier", choose: "claro" },
    { question: "lineNumber", type: "987 654 321" },
    { question: "holder", choose: "me" },
    { question: "identityDocument", choose: "passport" },
    { question: "channel", choose: "store" },
    { read: "documents.title" },
    { read: "atStore.title" },
    { read: "balance.title.prepaid" },
    { read: "cleanup.title" },
  ],
  "stolen postpaid Movistar line in someone else's name, asked for by the user: only the store": [
    { question: "reason", choose: "lostOrStolen" },
    { question: "whereabouts", choose: "inPeru" },
    { question: "cardStatus", choose: "stolen" },
    { read: "blockFirst.title" },
    { question: "planType", choose: "postpaid" },
    { question: "carrier", choose: "movistar" },
    { question: "phoneOnInstalments", choose: "yes" },
    { question: "lineNumber", type: "" },
    { question: "holder", choose: "someoneElse" },
    { read: "holderAdvice.someoneElse.title" },
    { question: "requester", choose: "me" },
    { question: "identityDocument", choose: "dni" },
    { stated: "channel", answer: "store" },
    { read: "documents.title" },
    { read: "atStore.title" },
    { read: "balance.title.postpaid" },
    { read: "cleanup.title" },
  ],
} satisfies Record<string, PathStep[]>;

export type PathName = keyof typeof wholePaths;

/**
 * The text of the main heading of the page shown, once there is one: the page just left and the page prepared next
 * are in the main too, hidden.
 */
export const mainHeading = async (page: Page) =>
  (await page.locator("main h1:visible").first().textContent()) ?? "";

/** Waits until the main heading is no longer `previous`: the wizard has moved to another page. */
export async function waitForNewPage(page: Page, previous: string): Promise<string> {
  await expect.poll(() => mainHeading(page)).not.toBe(previous);
  return mainHeading(page);
}

/** Follows the link to another language; returns the page's heading once it shows in that language. */
export async function switchLanguage(page: Page, languageName: string): Promise<string> {
  const before = await mainHeading(page);
  await page.getByRole("link", { name: languageName, exact: true }).click();
  return waitForNewPage(page, before);
}

/** Fills in the page as the path says, with the mouse and the keyboard's typing; reading pages need nothing. */
export async function fillIn(page: Page, locale: Locale, step: PathStep): Promise<void> {
  if ("choose" in step) {
    const label = messageIn(locale, `${step.question}.option.${step.choose}` as MessageId);
    await page.getByRole("radio", { name: label, exact: true }).check();
  } else if ("type" in step) {
    await page.getByLabel(messageIn(locale, `${step.question}.title`), { exact: true }).fill(step.type);
  }
}

export const continueButton = (page: Page, locale: Locale) =>
  page.getByRole("button", { name: messageIn(locale, "common.continue"), exact: true });

/**
 * Walks a whole path from the welcome page to the summary; `onPage` runs on every page reached, welcome and
 * summary included, once its heading shows.
 */
export async function walkPath(
  page: Page,
  locale: Locale,
  path: readonly PathStep[],
  onPage: (heading: string) => Promise<void> = async () => {},
): Promise<void> {
  let heading = await mainHeading(page);
  await onPage(heading);
  await page.getByRole("button", { name: messageIn(locale, "welcome.start"), exact: true }).click();
  for (const step of path) {
    heading = await waitForNewPage(page, heading);
    expect(heading).toBe(headingOf(locale, step));
    await onPage(heading);
    await fillIn(page, locale, step);
    await continueButton(page, locale).click();
  }
  heading = await waitForNewPage(page, heading);
  expect(heading).toBe(messageIn(locale, "summary.title"));
  await onPage(heading);
}
