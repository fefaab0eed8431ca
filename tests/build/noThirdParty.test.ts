import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { siteOrigin } from "../../src/build/publishedAddresses.ts";
import { allFiles, distDir } from "./buildOutput.ts";

/** Every https address in src/content/: the sources of the facts, and the facts that are addresses. */
function factAddresses(): string[] {
  const modules = import.meta.glob("../../src/content/**/*.ts", { eager: true });
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === "string" && value.startsWith("https://")) found.add(value);
    else if (typeof value === "object" && value !== null) Object.values(value).forEach(walk);
  };
  walk(modules);
  return [...found];
}

/** Sources the user may open from a page; the page itself never fetches them. */
const factHosts = new Set(factAddresses().map((address) => new URL(address).host));

/**
 * Addresses that libraries and formats carry as names, not as places to fetch: XML namespaces (react-dom, the
 * sitemap), and pages named in error and warning texts (React's production errors, Workbox's precache warning).
 */
const namesThatAreNotRequests = new Set([
  "http://www.sitemaps.org/schemas/sitemap/0.9",
  "http://www.w3.org/1999/xhtml",
  "http://www.w3.org/1999/xlink",
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/XML/1998/namespace",
  "http://www.w3.org/1998/Math/MathML",
  "https://react.dev/errors/",
  "https://bit.ly/wb-precache",
]);

const textFiles = allFiles().filter((file) => /\.(html|js|css|json|webmanifest|svg|txt|map|xml)$/.test(file));
const readText = (file: string) => readFileSync(join(distDir, file), "utf8");

function addressesIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'`<>)\\]+/g)].map(([address]) => address);
}

describe("no third-party origin in the build", () => {
  test("every web address in the build is a fact's source or address", () => {
    // The site's own addresses, as search engines and link previews are to read them.
    const ownOrigin = siteOrigin(process.env.SITE_ORIGIN);
    const allowed = (address: string) =>
      namesThatAreNotRequests.has(address) ||
      address.startsWith(`${ownOrigin}/`) ||
      (address.startsWith("https://") && URL.canParse(address) && factHosts.has(new URL(address).host));
    const foreign = textFiles.flatMap((file) =>
      addressesIn(readText(file))
        .filter((address) => !allowed(address))
        .map((address) => `${file}: ${address}`),
    );
    expect(foreign).toEqual([]);
  });

  test("the scan sees the build: the fact sources shown on the pages are in it", () => {
    const inBuild = new Set(textFiles.flatMap((file) => addressesIn(readText(file))));
    expect(textFiles.some((file) => file.endsWith(".js"))).toBe(true);
    expect(factAddresses().filter((address) => inBuild.has(address)).length).toBeGreaterThan(10);
  });

  test("pages load scripts, stylesheets and icons only from their own origin", () => {
    const pages = textFiles.filter((file) => file.endsWith(".html"));
    expect(pages).toContain("index.html");
    const external = pages.flatMap((page) =>
      [...readText(page).matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\b(?:src|href)="([^"]*)"/gi)]
        .map(([tag, url]) => ({ tag, url: url ?? "" }))
        // A canonical or alternate link names an address; it loads nothing.
        .filter(({ tag }) => !/\brel="(?:canonical|alternate)"/.test(tag))
        .filter(({ url }) => /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(url) && !url.startsWith("data:"))
        .map(({ tag }) => `${page}: ${tag}`),
    );
    expect(external).toEqual([]);
  });
});
