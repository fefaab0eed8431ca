import en from "../i18n/catalogs/en.json" with { type: "json" };
import es from "../i18n/catalogs/es.json" with { type: "json" };
import zh from "../i18n/catalogs/zh.json" with { type: "json" };
import { htmlLang, type Locale, locales } from "../i18n/locales.ts";

/**
 * The site's addresses as search engines and link previews see them: `/` chooses the visitor's language, and each
 * language has its own page (`/es/`…), with its title, description, canonical address and alternates.
 */

/** Where `npm start` serves the build: the public origin of a build made without SITE_ORIGIN. */
export const defaultSiteOrigin = "http://127.0.0.1:4173";

/** The public origin from the build setting, checked: a scheme and a host, no path. */
export function siteOrigin(setting: string | undefined): string {
  const value = setting?.trim() || defaultSiteOrigin;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_ORIGIN must be an origin such as https://example.org, not "${value}"`);
  }
  if (!/^https?:$/.test(url.protocol) || url.origin !== value.replace(/\/$/, ""))
    throw new Error(
      `SITE_ORIGIN must be an http(s) origin with no path, such as https://example.org, not "${value}"`,
    );
  return url.origin;
}

/** The page a visitor gets at `/` (null: it chooses the language) or at a language's own address. */
export type Page = Locale | null;

export const pathOf = (page: Page) => (page === null ? "/" : `/${page}/`);

/** The built file of each page, inside the build's folder. */
export const fileOf = (page: Page) => (page === null ? "index.html" : `${page}/index.html`);

export const pages: readonly Page[] = [null, ...locales];

const catalogs: Record<Locale, Record<string, string>> = { en, es, zh };

/** The image a link preview shows, the same for every language: the app's name and mark. */
export const previewImage = { path: "/preview.png", width: 1200, height: 630 };

/** The Open Graph name of each language: language and territory, with an underscore. */
const openGraphLocale: Record<Locale, string> = { en: "en_US", es: "es_PE", zh: "zh_CN" };

const escapeAttribute = (value: string) =>
  value.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

const tag = (name: string, attributes: Record<string, string>) =>
  `<${name} ${Object.entries(attributes)
    .map(([key, value]) => `${key}="${escapeAttribute(value)}"`)
    .join(" ")} />`;

/** The title and description a page is found and previewed by; `/` speaks English to whoever cannot run it. */
export function describedAs(page: Page): { title: string; description: string } {
  const messages = catalogs[page ?? "en"];
  return {
    title: `${messages["welcome.title"]} · ${messages["app.name"]}`,
    description: messages["welcome.intro"] ?? "",
  };
}

/** The head of `page`: its title, description, canonical address, the other languages' addresses and its preview. */
export function headOf(page: Page, origin: string): string {
  const { title, description } = describedAs(page);
  const locale = page ?? "en";
  const address = (of: Page) => `${origin}${pathOf(of)}`;
  return [
    `<title>${escapeAttribute(title)}</title>`,
    tag("meta", { name: "description", content: description }),
    tag("link", { rel: "canonical", href: address(page) }),
    ...locales.map((other) =>
      tag("link", { rel: "alternate", hreflang: htmlLang[other], href: address(other) }),
    ),
    tag("link", { rel: "alternate", hreflang: "x-default", href: address(null) }),
    tag("meta", { property: "og:type", content: "website" }),
    tag("meta", { property: "og:site_name", content: catalogs[locale]["app.name"] ?? "" }),
    tag("meta", { property: "og:title", content: title }),
    tag("meta", { property: "og:description", content: description }),
    tag("meta", { property: "og:url", content: address(page) }),
    tag("meta", { property: "og:locale", content: openGraphLocale[locale] }),
    ...locales
      .filter((other) => other !== locale)
      .map((other) => tag("meta", { property: "og:locale:alternate", content: openGraphLocale[other] })),
    tag("meta", { property: "og:image", content: `${origin}${previewImage.path}` }),
    tag("meta", { property: "og:image:width", content: String(previewImage.width) }),
    tag("meta", { property: "og:image:height", content: String(previewImage.height) }),
    tag("meta", { property: "og:image:alt", content: catalogs[locale]["app.name"] ?? "" }),
    tag("meta", { name: "twitter:card", content: "summary_large_image" }),
  ].join("\n    ");
}

/** Every page with its alternates, for search engines. */
export function sitemap(origin: string): string {
  const alternates = [
    ...locales.map((locale) => [htmlLang[locale], locale] as const),
    ["x-default", null] as const,
  ]
    .map(
      ([hreflang, of]) =>
        `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${origin}${pathOf(of)}"/>`,
    )
    .join("\n");
  const urls = pages.map(
    (page) => `  <url>\n    <loc>${origin}${pathOf(page)}</loc>\n${alternates}\n  </url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join("\n")}
</urlset>
`;
}

export const robots = (origin: string) => `User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`;
