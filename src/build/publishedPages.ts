import { readFile } from "node:fs/promises";
import react from "@vitejs/plugin-react";
import { transform as transformCss } from "lightningcss";
import { build, type Plugin, type Rolldown, runnerImport } from "vite";
import { appAddressMeta, entryAddressMeta } from "../app/boot/appAddress.ts";
import { htmlLang, locales } from "../i18n/locales.ts";
import { catalogs } from "./catalogs.ts";
import { type InlineCode, metaContentSecurityPolicy } from "./contentSecurityPolicy.ts";
import { headersFile, nginxConfig } from "./productionHeaders.ts";
import { fileOf, headOf, type Page, pages, pathOf, robots, sitemap } from "./publishedAddresses.ts";

type PrerenderModule = typeof import("../prerender.tsx");

const emptyRoot = '<div id="root"></div>';
const titleElement = /<title>[^<]*<\/title>/;
const charsetMeta = /<meta charset=[^>]*>/i;

const appStart = "/src/main.tsx";
const firstPaintEntry = "/src/app/boot/firstPaintScript.ts";
const stylesheet = "/src/ui/styles.css";

/** The script that marks the page's language before it paints, as one small classic script for the page's head. */
async function firstPaintScript(root: string): Promise<string> {
  const results = (await build({
    configFile: false,
    root,
    logLevel: "error",
    build: {
      write: false,
      target: "es2022",
      minify: true,
      lib: { entry: `${root}${firstPaintEntry}`, formats: ["iife"], name: "firstPaint" },
    },
  })) as Rolldown.RolldownOutput[];
  const chunk = results[0]?.output[0];
  if (chunk?.type !== "chunk") throw new Error(`Building ${firstPaintEntry} gave no script`);
  return chunk.code.trim();
}

/** The app's one stylesheet, minified for the page's head. */
async function pageStyles(root: string): Promise<string> {
  const filename = `${root}${stylesheet}`;
  const { code } = transformCss({ filename, code: await readFile(filename), minify: true });
  return code.toString().trim();
}

/**
 * The published pages: `/`, where the welcome page is prerendered in each language and a script in the head picks
 * the visitor's before the first paint (the styles show only that one), and `/en/`, `/es/`, `/zh/`, each with only
 * its own language. Each page has its own head (title, description, canonical address, alternates, preview).
 * What the first paint needs is in the page itself: the language script and the styles, allowed by their hashes in
 * the policy, so nothing but the HTML stands before that paint. src/main.tsx hydrates the page; the page names the
 * app's file, which src/boot.ts preloads after the first paint. The build also writes the sitemap, robots.txt and
 * the production headers for static hosts and for nginx.
 */
export function publishedPages(origin: string): Plugin[] {
  return [pagesInBuild(origin), firstPaintScriptInDev()];
}

/** The dev server prerenders nothing; its page links the stylesheet and runs the same script, ahead of the app's. */
function firstPaintScriptInDev(): Plugin {
  return {
    name: "adios-chip:first-paint-in-dev",
    apply: "serve",
    transformIndexHtml: () => [
      { tag: "link", attrs: { rel: "stylesheet", href: stylesheet }, injectTo: "head" },
      { tag: "script", attrs: { type: "module", src: firstPaintEntry }, injectTo: "head" },
    ],
  };
}

function pagesInBuild(origin: string): Plugin {
  let root = process.cwd();
  let base = "/";
  let inline: InlineCode = { scripts: [], styles: [] };
  const built = new Map<Page, string>();

  return {
    name: "adios-chip:published-pages",
    apply: "build",
    enforce: "post",
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    async buildStart() {
      inline = { scripts: [await firstPaintScript(root)], styles: [await pageStyles(root)] };
    },
    transformIndexHtml: {
      order: "post",
      async handler(html, { bundle }) {
        if (!html.includes(emptyRoot))
          throw new Error(`index.html must contain ${emptyRoot} to prerender into`);
        if (!titleElement.test(html))
          throw new Error("index.html needs a <title> to put each page's head at");
        if (!charsetMeta.test(html))
          throw new Error("index.html needs a <meta charset> to put the policy after");
        if (!bundle) throw new Error("The pages are written from the bundle, which Vite did not pass");
        const { module } = await runnerImport<PrerenderModule>("/src/prerender.tsx", {
          configFile: false,
          root,
          plugins: [react(), catalogs()],
          logLevel: "error",
        });
        const app = Object.values(bundle).find(
          (output) => output.type === "chunk" && output.facadeModuleId === `${root}${appStart}`,
        );
        if (!app) throw new Error(`The bundle has no chunk for ${appStart}`);
        // The page's entry (src/boot.ts): the head's script starts it once the page has painted, so Vite's tags,
        // which would fetch it and what it imports before that paint, go.
        const entry = Object.values(bundle).find((output) => output.type === "chunk" && output.isEntry);
        if (!entry) throw new Error("The bundle has no entry chunk");
        const entryTags = /\s*<script type="module"[^>]*><\/script>|\s*<link rel="modulepreload"[^>]*>/g;
        const welcome = new Map(
          locales.map((locale) => [
            locale,
            `<div data-prerendered="${locale}">${module.renderWelcome(locale)}</div>` +
              `<template data-load-failure="${locale}">${module.renderLoadFailure(locale)}</template>`,
          ]),
        );
        const head = [
          `<meta name="${entryAddressMeta}" content="${base}${entry.fileName}" />`,
          `<meta name="${appAddressMeta}" content="${base}${app.fileName}" />`,
          ...inline.styles.map((style) => `<style>${style}</style>`),
          ...inline.scripts.map((script) => `<script>${script}</script>`),
        ].join("\n    ");
        // What every page has alike; then each its own <html>, head and welcome pages.
        const template = html
          .replace(entryTags, "")
          .replace(
            charsetMeta,
            (charset) =>
              `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy(inline)}" />`,
          )
          .replace("</head>", () => `  ${head}\n  </head>`);
        for (const page of pages) {
          const shown = page === null ? locales : [page];
          const htmlElement =
            page === null ? '<html lang="en">' : `<html lang="${htmlLang[page]}" data-locale="${page}">`;
          built.set(
            page,
            template
              .replace(/<html[^>]*>/, () => htmlElement)
              .replace(titleElement, () => headOf(page, origin))
              .replace(
                emptyRoot,
                () => `<div id="root">${shown.map((locale) => welcome.get(locale)).join("")}</div>`,
              ),
          );
        }
        return built.get(null) ?? html;
      },
    },
    generateBundle(_options, bundle) {
      const imported = Object.keys(bundle).filter((fileName) => fileName.endsWith(".css"));
      if (imported.length > 0)
        throw new Error(`${imported.join(", ")}: styles go in ${stylesheet}, which every page carries`);
      for (const page of pages) {
        if (page === null) continue;
        this.emitFile({ type: "asset", fileName: fileOf(page), source: built.get(page) ?? "" });
      }
      const unhashed = [
        ...pages.flatMap((page) => [pathOf(page), `/${fileOf(page)}`]),
        "/sw.js",
        "/manifest.webmanifest",
      ];
      this.emitFile({ type: "asset", fileName: "_headers", source: headersFile(inline, unhashed) });
      this.emitFile({ type: "asset", fileName: "nginx.conf", source: nginxConfig(inline) });
      this.emitFile({ type: "asset", fileName: "sitemap.xml", source: sitemap(origin) });
      this.emitFile({ type: "asset", fileName: "robots.txt", source: robots(origin) });
    },
  };
}
