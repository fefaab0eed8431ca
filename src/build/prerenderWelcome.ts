import { lingui } from "@lingui/vite-plugin";
import react from "@vitejs/plugin-react";
import { type Plugin, runnerImport } from "vite";

type PrerenderModule = typeof import("../prerender.tsx");

const emptyRoot = '<div id="root"></div>';

/**
 * Writes the English welcome page into the built index.html, so it paints before any JavaScript runs;
 * src/main.tsx hydrates it when the visitor gets that very page. The English messages are not preloaded: a visitor
 * in another language would download them for nothing.
 */
export function prerenderWelcome(): Plugin {
  let root = process.cwd();
  return {
    name: "adios-chip:prerender-welcome",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: "post",
      async handler(html) {
        if (!html.includes(emptyRoot))
          throw new Error(`index.html must contain ${emptyRoot} to prerender into`);
        const { module } = await runnerImport<PrerenderModule>("/src/prerender.tsx", {
          configFile: false,
          root,
          plugins: [react(), lingui()],
          logLevel: "error",
        });
        return html.replace(emptyRoot, `<div id="root">${module.renderWelcomeInEnglish()}</div>`);
      },
    },
  };
}
