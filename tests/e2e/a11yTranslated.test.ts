import { describe, test } from "vitest";
import { locales } from "../../src/i18n/locales.ts";
import { sharedBrowser } from "./support/browser.ts";
import { expectEveryPageAccessible } from "./support/everyPageChecked.ts";

const pathTimeoutMs = 90_000;

const browser = sharedBrowser();

/**
 * In the other languages, the path through the most pages of advice, which passes every kind of page the other one
 * does (the same components, with other answers). A file of its own, so that it runs beside the English walks.
 */
describe.each(locales.filter((locale) => locale !== "en"))(
  "axe finds no WCAG 2.2 AA violation, and every target is large enough, in %s",
  (locale) => {
    test(
      "on every page of the path with the most advice, and on its first question showing an error",
      () =>
        expectEveryPageAccessible(
          browser,
          locale,
          "stolen postpaid Movistar line in someone else's name, asked for by the user: only the store",
        ),
      pathTimeoutMs,
    );
  },
);
