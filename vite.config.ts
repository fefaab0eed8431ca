import { lingui } from "@lingui/vite-plugin";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { contentSecurityPolicy, contentSecurityPolicyMeta } from "./src/build/contentSecurityPolicy.ts";
import { offlineApp } from "./src/build/offlineApp.ts";
import { prerenderWelcome } from "./src/build/prerenderWelcome.ts";

export default defineConfig({
  plugins: [react(), lingui(), prerenderWelcome(), contentSecurityPolicyMeta(), offlineApp()],
  server: { host: "127.0.0.1" },
  preview: {
    host: "127.0.0.1",
    port: 4173,
    strictPort: true,
    headers: { "Content-Security-Policy": contentSecurityPolicy },
  },
  build: {
    target: "es2022",
    // The bench and the budget test follow the welcome page's imports through the manifest.
    manifest: true,
    // Every browser the app supports has modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
  },
});
