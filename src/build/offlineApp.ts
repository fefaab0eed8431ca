import { VitePWA } from "vite-plugin-pwa";
import english from "../i18n/catalogs/en.json" with { type: "json" };
import { previewImage } from "./publishedAddresses.ts";

const brandColour = "#0b4f6c";

/**
 * The web app manifest and a Workbox service worker that precaches the whole app on the first visit: every chunk
 * (the lazily loaded wizard and all three catalogs included), so that a later visit works with no network in any
 * language. It only precaches and serves this app's own files; nothing is cached at run time, so nothing
 * cross-origin is ever stored or answered. src/app/offline/registerServiceWorker.ts registers it once the page has loaded.
 */
export function offlineApp() {
  return VitePWA({
    registerType: "prompt",
    injectRegister: false,
    strategies: "generateSW",
    manifestFilename: "manifest.webmanifest",
    // The glob patterns below find the icons already.
    includeManifestIcons: false,
    manifest: {
      id: "./",
      name: english["app.name"],
      short_name: english["app.name"],
      description: "Cancel a Peruvian mobile line step by step, with a plan made for you.",
      start_url: "./",
      scope: "./",
      display: "standalone",
      theme_color: brandColour,
      background_color: "#ffffff",
      icons: [
        { src: "icon.svg", sizes: "any", type: "image/svg+xml" },
        { src: "icon-192.png", sizes: "192x192", type: "image/png" },
        { src: "icon-512.png", sizes: "512x512", type: "image/png" },
        { src: "icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      ],
    },
    workbox: {
      // The plugin adds manifest.webmanifest itself; matching it here too would list it twice.
      globPatterns: ["**/*.{js,css,html,svg,png}"],
      // The link preview's image is for other sites' previews, never shown by the app.
      globIgnores: [previewImage.path.slice(1)],
      navigateFallback: "index.html",
      cleanupOutdatedCaches: true,
      // The first visit's page is controlled at once, so a language switched to after the network drops still loads.
      // An update still waits for the user's "Reload" (registerType "prompt").
      clientsClaim: true,
      // One file instead of sw.js plus a separately fetched Workbox runtime.
      inlineWorkboxRuntime: true,
      sourcemap: false,
    },
  });
}
