import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashSource } from "../../src/build/contentSecurityPolicy.ts";
import { htmlLang, locales } from "../../src/i18n/locales.ts";
import { distDir } from "./buildOutput.ts";

const read = (file: string) => readFileSync(join(distDir, file), "utf8");
const pageFiles = ["index.html", ...locales.map((locale) => `${locale}/index.html`)];
const headOf = (html: string) => html.slice(0, html.indexOf("</head>"));

describe("the published pages", () => {
  it("ship with the sitemap, robots.txt and the headers for static hosts and for nginx", () => {
    for (const file of ["sitemap.xml", "robots.txt", "_headers", "nginx.conf", "preview.png"])
      expect(existsSync(join(distDir, file)), file).toBe(true);
  });

  it.each(pageFiles)(
    "%s has nothing but itself before its first paint: no stylesheet, no classic script to fetch",
    (file) => {
      const head = headOf(read(file));
      expect(head).not.toMatch(/<link[^>]*rel="stylesheet"/);
      for (const [script] of head.matchAll(/<script\b[^>]*\bsrc=[^>]*>/g))
        expect(script).toContain('type="module"');
    },
  );

  it.each(pageFiles)(
    "%s allows its inline script and styles by their hashes, and nothing else inline",
    (file) => {
      const html = read(file);
      const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? "";
      const inlineScripts = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map(([, code]) => code ?? "");
      const inlineStyles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map(([, code]) => code ?? "");
      expect(inlineScripts).toHaveLength(1);
      expect(inlineStyles).toHaveLength(1);
      for (const code of [...inlineScripts, ...inlineStyles]) expect(policy).toContain(hashSource(code));
      expect(policy.match(/'sha256-/g)).toHaveLength(2);
    },
  );

  it.each(locales)(
    "the page of %s holds the welcome page in that language only, and says so in <html>",
    (locale) => {
      const html = read(`${locale}/index.html`);
      expect(html).toContain(`<html lang="${htmlLang[locale]}" data-locale="${locale}">`);
      expect([...html.matchAll(/data-prerendered="(\w+)"/g)].map(([, shown]) => shown)).toEqual([locale]);
    },
  );

  it("the page at / holds the welcome page in every language, for its script to choose", () => {
    expect([...read("index.html").matchAll(/data-prerendered="(\w+)"/g)].map(([, shown]) => shown)).toEqual(
      locales,
    );
  });
});
