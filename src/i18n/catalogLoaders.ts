import type { Messages } from "@lingui/core";
import type { CatalogPart } from "./catalogParts.ts";
import type { Locale } from "./locales.ts";

type Loader = () => Promise<{ messages: Messages }>;

/** Each part of each catalog is its own chunk, so only the active language, and only the part needed, is downloaded. */
export const catalogLoaders: Record<CatalogPart, Record<Locale, Loader>> = {
  welcome: {
    en: () => import("./catalogs/en.json?catalog=welcome"),
    es: () => import("./catalogs/es.json?catalog=welcome"),
    zh: () => import("./catalogs/zh.json?catalog=welcome"),
  },
  wizard: {
    en: () => import("./catalogs/en.json?catalog=wizard"),
    es: () => import("./catalogs/es.json?catalog=wizard"),
    zh: () => import("./catalogs/zh.json?catalog=wizard"),
  },
};

/** Both parts of a language's catalog, as one. */
export const wholeCatalog = async (locale: Locale): Promise<Messages> => {
  const [welcome, wizard] = await Promise.all([
    catalogLoaders.welcome[locale](),
    catalogLoaders.wizard[locale](),
  ]);
  return { ...welcome.messages, ...wizard.messages };
};
