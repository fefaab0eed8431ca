import type { LinguiConfig } from "@lingui/conf";
import { formatter } from "@lingui/format-json";

const config: LinguiConfig = {
  locales: ["en", "es", "zh"],
  sourceLocale: "en",
  fallbackLocales: { default: "en" },
  catalogs: [{ path: "<rootDir>/src/i18n/catalogs/{locale}", include: ["src"] }],
  format: formatter({ style: "minimal" }),
};

export default config;
