import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { createCompiledCatalog } from "@lingui/cli/api";
import { lingui } from "@lingui/vite-plugin";
import type { Plugin } from "vite";
import { catalogPartOf } from "../i18n/catalogParts.ts";

const configPath = fileURLToPath(new URL("../i18n/lingui.config.ts", import.meta.url));

const partRequest = /\.json\?catalog=(welcome|wizard)$/;

/**
 * One part of a catalog (`<locale>.json?catalog=welcome` or `?catalog=wizard`, see src/i18n/catalogParts.ts),
 * compiled as Lingui compiles a whole one. The catalogs are complete (a test checks it), so no fallback is needed.
 */
const catalogPart = (): Plugin => ({
  name: "catalog-part",
  async transform(_source, id) {
    const match = partRequest.exec(id);
    if (!match) return null;
    const file = id.split("?")[0] ?? id;
    this.addWatchFile(file);
    const messages: Record<string, string> = JSON.parse(await readFile(file, "utf8"));
    const part = Object.fromEntries(
      Object.entries(messages).filter(([key]) => catalogPartOf(key) === match[1]),
    );
    const { source, errors } = createCompiledCatalog(basename(file, ".json"), part, { namespace: "es" });
    if (errors.length > 0)
      throw new Error(`${file}: ${errors.map((error) => error.id).join(", ")} do not compile`);
    return { code: source, map: null, moduleType: "js" };
  },
});

/** Compiles the message catalogs, whole (`*.json?lingui`, for the prerendered pages) or by part. */
export const catalogs = (): Plugin[] => [...lingui({ configPath }), catalogPart()];
