import type { LinguiConfig } from "@lingui/conf";
import { formatter } from "@lingui/format-json";

/**
 * Lingui's configuration, named by vite.config.ts. It cannot live in package.json with the others: the catalogs'
 * JSON format is given as a formatter function, which JSON cannot hold.
 */
const config: LinguiConfig = {
  locales: ["en", "es", "zh"],
  sourceLocale: "en",
  fallbackLocales: { default: "en" },
  catalogs: [{ path: "<rootDir>/catalogs/{locale}", include: ["<rootDir>/../"] }],
  format: formatter({ style: "minimal" }),
};

export default config;
