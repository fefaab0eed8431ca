/** The languages the app speaks, each named in itself for the language switch. */
export const localeNames = { en: "English", es: "Español", zh: "简体中文" } as const;

export type Locale = keyof typeof localeNames;

export const locales = Object.keys(localeNames) as Locale[];

/** The value of `<html lang>` for each locale. */
export const htmlLang: Record<Locale, string> = { en: "en", es: "es-PE", zh: "zh-CN" };

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && Object.hasOwn(localeNames, value);

/** The language whose own address (`/es/`…) the path is, or null for `/` and anything else. */
export function localeOfPath(pathname: string, base = "/"): Locale | null {
  const first = pathname.startsWith(base) ? pathname.slice(base.length).split("/")[0] : undefined;
  return isLocale(first) ? first : null;
}

/** A language's own address. */
export const pathOfLocale = (locale: Locale, base = "/") => `${base}${locale}/`;

/** `?lang=` first, then the saved choice, then the browser's languages, else English. */
export function detectLocale(search: string, saved: unknown, browserLanguages: readonly string[]): Locale {
  const fromUrl = new URLSearchParams(search).get("lang");
  if (isLocale(fromUrl)) return fromUrl;
  if (isLocale(saved)) return saved;
  for (const language of browserLanguages) {
    const primary = language.toLowerCase().split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return "en";
}
