import { expect, test } from "vitest";
import { locales } from "../../src/i18n/locales.ts";
import { firstLoadFiles, sizeOf, totalGzipBytes, wholeAppFiles } from "../build/buildOutput.ts";
import { sizeTable } from "../build/sizeTable.ts";
import { budget, printSection, verdict } from "./report.ts";

const kB = 1000;

test("sizes: the welcome page's first load, and the whole app with one language", () => {
  const firstLoad = firstLoadFiles("en").map((file) => sizeOf(file));
  const wholeApp = wholeAppFiles("en").map((file) => sizeOf(file));
  const firstLoadBytes = totalGzipBytes(firstLoad);
  const wholeAppBytes = totalGzipBytes(wholeApp);
  const byLanguage = locales.map((locale) => {
    const bytes = totalGzipBytes(firstLoadFiles(locale).map((file) => sizeOf(file)));
    return `  first load in ${locale}: ${(bytes / kB).toFixed(2)} kB gzip`;
  });
  printSection("Sizes (kB = 1000 bytes)", [
    sizeTable("first load, English", firstLoad),
    `${verdict(firstLoadBytes <= budget.gzipKB.firstLoad * kB, `${budget.gzipKB.firstLoad} kB`)} first load`,
    ...byLanguage,
    "",
    sizeTable("whole app, English", wholeApp),
    `${verdict(wholeAppBytes <= budget.gzipKB.wholeAppOneLanguage * kB, `${budget.gzipKB.wholeAppOneLanguage} kB`)} whole app`,
  ]);
  expect.soft(firstLoadBytes).toBeLessThanOrEqual(budget.gzipKB.firstLoad * kB);
  expect.soft(wholeAppBytes).toBeLessThanOrEqual(budget.gzipKB.wholeAppOneLanguage * kB);
});
