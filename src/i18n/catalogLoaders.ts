import type { Messages } from "@lingui/core";
import type { Locale } from "./locales.ts";

/** Each catalog is its own chunk, so only the active language is downloaded. */
export const catalogLoaders: Record<Locale, () => Promise<{ messages: Messages }>> = {
  en: () => import("./catalogs/en.json?lingui"),
  es: () => import("./catalogs/es.json?lingui"),
  zh: () => import("./catalogs/zh.json?lingui"),
};
