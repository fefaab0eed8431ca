import { setupI18n } from "@lingui/core";
import { useEffect, useState } from "react";
import { wholeCatalog } from "./catalogLoaders.ts";
import type { Translate } from "./useText.ts";

const spanish = setupI18n();
let loading: Promise<void> | undefined;

const loadSpanish = () => {
  loading ??= wholeCatalog("es").then((messages) => spanish.loadAndActivate({ locale: "es", messages }));
  return loading;
};

const translate: Translate = (id, values) => spanish._(id, values);

/** Spanish text whatever the user's language, for what the carrier's staff read; null until the catalog is loaded. */
export function useSpanishText(): Translate | null {
  const [ready, setReady] = useState(spanish.locale === "es");
  useEffect(() => {
    if (!ready) loadSpanish().then(() => setReady(true));
  }, [ready]);
  return ready ? translate : null;
}
