import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { Manifest } from "vite";
import { entryAddressMeta } from "../../src/app/boot/appAddress.ts";
import { type Locale, locales } from "../../src/i18n/locales.ts";

/** The build under test: dist/, or the directory E2E_DIST_DIR names (as for the end-to-end tests). */
export const distDir = resolve(process.env.E2E_DIST_DIR || "dist");

export interface SizedFile {
  /** Path inside the build directory, with forward slashes. */
  file: string;
  rawBytes: number;
  /** As the test server and most hosts send it (gzip at zlib's default level). */
  gzipBytes: number;
}

/** The files of the build, recursively, as paths inside it. */
export function allFiles(dir = distDir): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

export function sizeOf(file: string, dir = distDir): SizedFile {
  const bytes = readFileSync(join(dir, file));
  return { file, rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length };
}

export const totalGzipBytes = (files: readonly SizedFile[]) =>
  files.reduce((sum, file) => sum + file.gzipBytes, 0);

/** The app itself, which the page's entry script (src/boot.ts) imports as soon as the page has painted. */
const appStart = "src/main.tsx";

/**
 * What the welcome page downloads before anyone touches it: the page, its scripts and modulepreloads, the app
 * they start, what all of these import statically (per Vite's manifest), their stylesheets, and the catalog of the
 * language the page shows.
 */
export function firstLoadFiles(locale: Locale, dir = distDir): string[] {
  const html = readFileSync(join(dir, "index.html"), "utf8");
  const manifest = readManifest(dir);
  const chunksByFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const files = new Set<string>(["index.html"]);
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const url of referencedUrls(html)) {
    const file = url.replace(/^\.?\//, "");
    const key = chunksByFile.get(file);
    if (key) visit(key);
    else files.add(file);
  }
  if (!manifest[appStart]) throw new Error(`The manifest has no chunk for ${appStart}`);
  visit(appStart);
  const catalog = catalogChunks(manifest).find(
    (chunk) => chunk.locale === locale && chunk.part === "welcome",
  );
  if (!catalog) throw new Error(`The manifest has no welcome catalog chunk for ${locale}`);
  visit(catalog.key);
  return [...files];
}

const appFileExtensions = /\.(html|js|css|webmanifest)$/;

/**
 * Every script, stylesheet and web manifest of the build and the page at `/`, less the other languages' catalogs,
 * which a visitor in this language does not load. A visitor needs one page: the one at `/`, which holds the welcome
 * page in every language, is the largest, so a language's own page (`/zh/`) is not counted beside it.
 */
export function wholeAppFiles(locale: Locale, dir = distDir): string[] {
  const manifest = readManifest(dir);
  const firstLoad = new Set(firstLoadFiles(locale, dir));
  const otherCatalogs = new Set(
    catalogChunks(manifest)
      .filter((chunk) => chunk.locale !== locale)
      .map((chunk) => manifest[chunk.key]?.file),
  );
  const languagePages = new Set(locales.map((each) => `${each}/index.html`));
  return allFiles(dir).filter(
    (file) =>
      firstLoad.has(file) ||
      (appFileExtensions.test(file) &&
        !file.startsWith(".vite/") &&
        !otherCatalogs.has(file) &&
        !languagePages.has(file)),
  );
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, ".vite/manifest.json"), "utf8")) as Manifest;
}

/** The catalog chunks in the manifest, each part of each language: src/i18n/catalogs/<locale>.json?catalog=<part>. */
function catalogChunks(manifest: Manifest): { key: string; locale: string; part: string }[] {
  return Object.keys(manifest).flatMap((key) => {
    const [, locale, part] = /^src\/i18n\/catalogs\/(\w+)\.json\?catalog=(\w+)$/.exec(key) ?? [];
    return locale && part ? [{ key, locale, part }] : [];
  });
}

/** Same-origin scripts, modulepreloads and stylesheets the page asks for as it loads, its entry script included. */
function referencedUrls(html: string): string[] {
  const entry = new RegExp(`<meta name="${entryAddressMeta}" content="([^"]*)"`).exec(html)?.[1];
  const urls: string[] = entry ? [entry] : [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const rel = /\brel="([^"]*)"/i.exec(tag)?.[1];
    if (!isScript && rel !== "stylesheet" && rel !== "modulepreload") continue;
    const url = new RegExp(`\\b${isScript ? "src" : "href"}="([^"]*)"`, "i").exec(tag)?.[1];
    if (url) urls.push(url);
  }
  return urls;
}
