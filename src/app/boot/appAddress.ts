import { appId } from "../../content/appIdentity.ts";

/** The <meta> that names the app's built file in the prerendered page (src/build/publishedPages.ts). */
export const appAddressMeta = `${appId}:app`;

/** The <meta> that names the page's entry script (src/boot.ts, built), started once the page has painted. */
export const entryAddressMeta = `${appId}:entry`;

/** The address a <meta> of the page names, if it has one. */
export const addressIn = (meta: string) =>
  document.querySelector<HTMLMetaElement>(`meta[name="${meta}"]`)?.content ?? null;
