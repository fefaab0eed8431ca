import { setupI18n } from "@lingui/core";
import { useEffect, useState } from "react";
import { wholeCatalog } from "./catalogLoaders.ts";
import type { Translate } from "./useText.ts";

const spanish = setupI18n();
let loading: Promise<void> | undefined;

const loadSpanish = () => {
  loading ??= wholeCatalog("es").then(
    (messages) => spanish.loadAndActivate({ locale: "es", messages }),
    (error: unknown) => {
      // Not kept: the next page to need the catalog downloads it again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
};

const translate: Translate = (id, values) => spanish._(id, values);

/**
 * Spanish text whatever the user's language, for what the carrier's staff read; null until the catalog is loaded.
 * A catalog that cannot be downloaded is thrown to the app's error boundary, which says so, rather than leaving the
 * Spanish lines silently missing.
 */
export function useSpanishText(): Translate | null {
  const [ready, setReady] = useState(spanish.locale === "es");
  const [, throwToBoundary] = useState<never>();
  useEffect(() => {
    if (ready) return;
    loadSpanish().then(
      () => setReady(true),
      (error: unknown) =>
        throwToBoundary(() => {
          throw error;
        }),
    );
  }, [ready]);
  return ready ? translate : null;
}
