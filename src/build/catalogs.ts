import { fileURLToPath } from "node:url";
import { lingui } from "@lingui/vite-plugin";

const configPath = fileURLToPath(new URL("../i18n/lingui.config.ts", import.meta.url));

/** Compiles the message catalogs (`*.json?lingui`) with the app's Lingui configuration. */
export const catalogs = () => lingui({ configPath });
