import { describe, expect, test } from "vitest";
import { locales } from "../../src/i18n/locales.ts";
import budget from "./budget.json";
import { firstLoadFiles, sizeOf, totalGzipBytes, wholeAppFiles } from "./buildOutput.ts";
import { sizeTable } from "./sizeTable.ts";

const kB = 1000;

describe.each(locales)("size budget of the build, in %s (gzip)", (locale) => {
  test(`the welcome page's first load is at most ${budget.gzipKB.firstLoad} kB`, () => {
    const files = firstLoadFiles(locale).map((file) => sizeOf(file));
    const names = files.map((file) => file.file);
    expect(names).toContain("index.html");
    expect(names.filter((name) => name.endsWith(".js")).length).toBeGreaterThanOrEqual(2);
    // The page carries its styles: no stylesheet stands before the first paint.
    expect(names.filter((name) => name.endsWith(".css"))).toEqual([]);
    expect(totalGzipBytes(files), `\n${sizeTable("first load", files)}\n`).toBeLessThanOrEqual(
      budget.gzipKB.firstLoad * kB,
    );
  });

  test(`the whole app with one language is at most ${budget.gzipKB.wholeAppOneLanguage} kB`, () => {
    const files = wholeAppFiles(locale).map((file) => sizeOf(file));
    const names = files.map((file) => file.file);
    expect(names).toEqual(expect.arrayContaining(firstLoadFiles(locale)));
    expect(names.length).toBeGreaterThan(firstLoadFiles(locale).length);
    expect(totalGzipBytes(files), `\n${sizeTable("whole app", files)}\n`).toBeLessThanOrEqual(
      budget.gzipKB.wholeAppOneLanguage * kB,
    );
  });
});
