import react from "@vitejs/plugin-react";
import { type Plugin, runnerImport } from "vite";
import { appAddressMeta } from "../app/boot/appAddress.ts";
import { catalogs } from "./catalogs.ts";

type PrerenderModule = typeof import("../prerender.tsx");

const emptyRoot = '<div id="root"></div>';

const appStart = "/src/main.tsx";

/**
 * Writes the English welcome page into the built index.html, so it paints before any JavaScript runs;
 * src/main.tsx hydrates it when the visitor gets that very page. The page names the app's file, which src/boot.ts
 * preloads after the first paint and runs at the first interaction. The English messages are not preloaded: a
 * visitor in another language would download them for nothing.
 */
export function prerenderWelcome(): Plugin {
  let root = process.cwd();
  let base = "/";
  return {
    name: "adios-chip:prerender-welcome",
    apply: "build",
    configResolved(config) {
      root = config.root;
      base = config.base;
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
        return {
          html: html.replace(emptyRoot, `<div id="root">${module.renderWelcomeInEnglish()}</div>`),
          tags: [
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
