import { setupI18n } from "@lingui/core";
import { useEffect, useState, useSyncExternalStore } from "react";
import { wholeCatalog } from "./catalogLoaders.ts";
import type { Translate } from "./useText.ts";

const spanish = setupI18n();
let loading: Promise<void> | undefined;
const waiting = new Set<() => void>();

const loadSpanish = () => {
  loading ??= wholeCatalog("es").then(
    (messages) => {
      spanish.loadAndActivate({ locale: "es", messages });
      for (const onLoaded of waiting) onLoaded();
    },
    (error: unknown) => {
      // Not kept: the next page to need the catalog downloads it again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
};

const waitForSpanish = (onLoaded: () => void) => {
  waiting.add(onLoaded);
  return () => waiting.delete(onLoaded);
};

const spanishLoaded = () => spanish.locale === "es";

const translate: Translate = (id, values) => spanish._(id, values);

/**
 * Spanish text whatever the user's language, for what the carrier's staff read; null until the catalog is loaded.
 * A page prepared while the catalog was on its way has it as soon as it shows. A catalog that cannot be downloaded
 * is thrown to the app's error boundary, which says so, rather than leaving the Spanish lines silently missing.
 */
export function useSpanishText(): Translate | null {
  const ready = useSyncExternalStore(waitForSpanish, spanishLoaded);
  const [, throwToBoundary] = useState<never>();
  useEffect(() => {
    if (ready) return;
    loadSpanish().catch((error: unknown) =>
      throwToBoundary(() => {
        throw error;
      }),
    );
  }, [ready]);
  return ready ? translate : null;
}
