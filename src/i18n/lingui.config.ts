import type { LinguiConfig } from "@lingui/conf";
import { formatter } from "@lingui/format-json";
import { locales } from "./locales.ts";

/**
 * Lingui's configuration, named by vite.config.ts. It cannot live in package.json with the others: the catalogs'
 * JSON format is given as a formatter function, which JSON cannot hold.
 */
const config: LinguiConfig = {
  locales,
  sourceLocale: "en",
  fallbackLocales: { default: "en" },
  catalogs: [{ path: "<rootDir>/catalogs/{locale}", include: ["<rootDir>/../"] }],
  format: formatter({ style: "minimal" }),
};

export default config;
