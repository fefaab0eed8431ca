import { stepHashPrefix } from "../../flow/stepHashPrefix.ts";
import { detectLocale, htmlLang, type Locale, localeOfPath } from "../../i18n/locales.ts";
import { deviceStorage, sessionKey, storedKeys } from "../session/storageKeys.ts";

/** The language of the saved session, read without its schema: a wrong value only means no saved choice. */
function savedLocale(storage: Storage | null): unknown {
  try {
    return JSON.parse(storage?.getItem(sessionKey) ?? "null")?.locale;
  } catch {
    return undefined;
  }
}

export type FirstPaint = { locale: Locale; returning: boolean };

/**
 * Decides, before the page paints, which prerendered welcome page shows (`?lang=`, then the language of the address,
 * such as `/es/`, then the saved choice, then the browser's languages) and marks <html> with it, with its `lang`. A visitor with saved data or a step in the address
 * is marked as returning: the app replaces the page at once, and the styles hide what it would change.
 */
export function markDocumentBeforePaint(): FirstPaint {
  const storage = deviceStorage();
  const { search, pathname } = window.location;
  const locale = detectLocale(
    search,
    localeOfPath(pathname, import.meta.env.BASE_URL) ?? savedLocale(storage),
    navigator.languages,
  );
  const stepAddress = window.location.hash.startsWith(stepHashPrefix);
  let returning = stepAddress;
  try {
    returning ||= storage !== null && storedKeys(storage).length > 0;
  } catch {
    returning = true;
  }
  const root = document.documentElement;
  root.lang = htmlLang[locale];
  root.dataset.locale = locale;
  if (returning) root.dataset.returning = "";
  if (stepAddress) root.dataset.stepAddress = "";
  return { locale, returning };
}
