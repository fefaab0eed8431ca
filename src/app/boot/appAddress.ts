import { appId } from "../../content/appIdentity.ts";

/** The <meta> that names the app's built file in the prerendered page (src/build/prerenderWelcome.ts). */
export const appAddressMeta = `${appId}:app`;
