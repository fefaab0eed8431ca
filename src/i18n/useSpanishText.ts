import { type Messages, setupI18n } from "@lingui/core";
import { useEffect, useState, useSyncExternalStore } from "react";
import { wholeCatalog } from "./catalogLoaders.ts";
import type { Translate } from "./useText.ts";

/**
 * The Spanish catalog, downloaded once on demand. Its arrival is a store every page reads in its render, shown or
 * waiting hidden, so no page depends on an effect of its own having run to have the Spanish words.
 */
export function spanishCatalog(download: () => Promise<Messages>) {
  const spanish = setupI18n();
  const waiting = new Set<() => void>();
  let loading: Promise<void> | undefined;
  return {
    load: () => {
      loading ??= download().then(
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
    },
    waitFor: (onLoaded: () => void) => {
      waiting.add(onLoaded);
      return () => waiting.delete(onLoaded);
    },
    loaded: () => spanish.locale === "es",
    translate: ((id, values) => spanish._(id, values)) satisfies Translate,
  };
}

const appCatalog = spanishCatalog(() => wholeCatalog("es"));

/**
 * Spanish text whatever the user's language, for what the carrier's staff read; null until the catalog is loaded.
 * A catalog that cannot be downloaded is thrown to the app's error boundary, which says so, rather than leaving the
 * Spanish lines silently missing.
 */
export function useSpanishText(catalog = appCatalog): Translate | null {
  const ready = useSyncExternalStore(catalog.waitFor, catalog.loaded);
  const [, throwToBoundary] = useState<never>();
  useEffect(() => {
    if (ready) return;
    catalog.load().catch((error: unknown) =>
      throwToBoundary(() => {
        throw error;
      }),
    );
  }, [ready, catalog]);
  return ready ? catalog.translate : null;
}
