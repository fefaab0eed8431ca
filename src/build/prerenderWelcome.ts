import { createHash } from "node:crypto";
import react from "@vitejs/plugin-react";
import { build, type Plugin, type Rolldown, runnerImport } from "vite";
import { appAddressMeta } from "../app/boot/appAddress.ts";
import { locales } from "../i18n/locales.ts";
import { catalogs } from "./catalogs.ts";

type PrerenderModule = typeof import("../prerender.tsx");

const emptyRoot = '<div id="root"></div>';

const appStart = "/src/main.tsx";
const firstPaintEntry = "/src/app/boot/firstPaintScript.ts";

/** The script that marks the page's language before it paints, as one small classic (blocking) script. */
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
  return chunk.code;
}

/**
 * Writes the welcome page, in each language, into the built index.html, so it paints before the app runs, and
 * puts a tiny script in the head that picks the visitor's language (and sets `<html lang>`) before that paint: the
 * styles show only that language's page. src/main.tsx hydrates it when the visitor gets that very page. The page
 * names the app's file, which src/boot.ts preloads after the first paint and runs at the first interaction.
 */
export function prerenderWelcome(): Plugin[] {
  return [prerenderInBuild(), firstPaintScriptInDev()];
}

/** The dev server prerenders nothing; its page runs the same script (as a module, ahead of the app's). */
function firstPaintScriptInDev(): Plugin {
  return {
    name: "adios-chip:first-paint-script-in-dev",
    apply: "serve",
    transformIndexHtml: () => [
      { tag: "script", attrs: { type: "module", src: firstPaintEntry }, injectTo: "head" },
    ],
  };
}

function prerenderInBuild(): Plugin {
  let root = process.cwd();
  let base = "/";
  let firstPaintFile = "";
  return {
    name: "adios-chip:prerender-welcome",
    apply: "build",
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    async buildStart() {
      const code = await firstPaintScript(root);
      const hash = createHash("sha256").update(code).digest("base64url").slice(0, 8);
      firstPaintFile = `assets/first-paint-${hash}.js`;
      this.emitFile({ type: "asset", fileName: firstPaintFile, source: code });
    },
    transformIndexHtml: {
      order: "post",
      async handler(html, { bundle }) {
        if (!html.includes(emptyRoot))
          throw new Error(`index.html must contain ${emptyRoot} to prerender into`);
        const { module } = await runnerImport<PrerenderModule>("/src/prerender.tsx", {
          configFile: false,
          root,
          plugins: [react(), catalogs()],
          logLevel: "error",
        });
        const app = Object.values(bundle ?? {}).find(
          (output) => output.type === "chunk" && output.facadeModuleId === `${root}${appStart}`,
        );
        if (!app) throw new Error(`The bundle has no chunk for ${appStart}`);
        const pages = locales.map(
          (locale) => `<div data-prerendered="${locale}">${module.renderWelcome(locale)}</div>`,
        );
        return {
          html: html.replace(emptyRoot, `<div id="root">${pages.join("")}</div>`),
          tags: [
            { tag: "script", attrs: { src: `${base}${firstPaintFile}` }, injectTo: "head" },
            {
              tag: "meta",
              attrs: { name: appAddressMeta, content: `${base}${app.fileName}` },
              injectTo: "head",
            },
          ],
        };
      },
    },
  };
}
