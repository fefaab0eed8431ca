import { describe, expect, it } from "vitest";
import {
  defaultSiteOrigin,
  headOf,
  robots,
  sitemap,
  siteOrigin,
} from "../../src/build/publishedAddresses.ts";
import en from "../../src/i18n/catalogs/en.json";
import zh from "../../src/i18n/catalogs/zh.json";

const origin = "https://example.org";

describe("the site's public origin", () => {
  it("is the build setting, without a trailing slash, or where npm start serves the build", () => {
    expect(siteOrigin("https://example.org/")).toBe(origin);
    expect(siteOrigin(undefined)).toBe(defaultSiteOrigin);
    expect(siteOrigin("  ")).toBe(defaultSiteOrigin);
  });

  it("refuses a setting that is not an http(s) origin, saying what it wants", () => {
    for (const setting of [
      "example.org",
      "https://example.org/app/",
      "ftp://example.org",
      "https://example.org?x",
    ])
      expect(() => siteOrigin(setting), setting).toThrow(/SITE_ORIGIN must be/);
  });
});

describe("the head of each page", () => {
  it("gives a language's page its own title, description, canonical address and preview in that language", () => {
    const head = headOf("zh", origin);
    expect(head).toContain(`<title>${zh["welcome.title"]} · ${zh["app.name"]}</title>`);
    expect(head).toContain(`<meta name="description" content="${zh["welcome.intro"]}" />`);
    expect(head).toContain(`<link rel="canonical" href="${origin}/zh/" />`);
    expect(head).toContain(`<meta property="og:url" content="${origin}/zh/" />`);
    expect(head).toContain('<meta property="og:locale" content="zh_CN" />');
    expect(head).toContain(`<meta property="og:image" content="${origin}/preview.png" />`);
  });

  it("names every language's address and / as the default, on every page alike", () => {
    const alternates = (page: Parameters<typeof headOf>[0]) =>
      headOf(page, origin)
        .split("\n")
        .filter((line) => line.includes('rel="alternate"'))
        .map((line) => line.trim());
    expect(alternates(null)).toEqual([
      `<link rel="alternate" hreflang="en" href="${origin}/en/" />`,
      `<link rel="alternate" hreflang="es-PE" href="${origin}/es/" />`,
      `<link rel="alternate" hreflang="zh-CN" href="${origin}/zh/" />`,
      `<link rel="alternate" hreflang="x-default" href="${origin}/" />`,
    ]);
    expect(alternates("es")).toEqual(alternates(null));
  });

  it("speaks English at /, whose canonical address is itself", () => {
    const head = headOf(null, origin);
    expect(head).toContain(`<title>${en["welcome.title"]} · ${en["app.name"]}</title>`);
    expect(head).toContain(`<link rel="canonical" href="${origin}/" />`);
  });

  it("escapes what would end an attribute", () => {
    expect(headOf("en", 'https://a.example"><script>')).not.toContain('"><script>');
  });
});

describe("for search engines", () => {
  it("the sitemap lists / and each language's address, each with its alternates", () => {
    const map = sitemap(origin);
    for (const path of ["/", "/en/", "/es/", "/zh/"]) expect(map).toContain(`<loc>${origin}${path}</loc>`);
    expect(map.match(/hreflang="x-default"/g)).toHaveLength(4);
  });

  it("robots.txt allows everything and names the sitemap", () => {
    expect(robots(origin)).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`);
  });
});
