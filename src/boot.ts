import "./ui/styles.css";
import { appAddressMeta } from "./app/boot/appAddress.ts";
import { onFirstInteraction } from "./app/boot/firstInteraction.ts";
import { storedKeys } from "./app/session/storageKeys.ts";
import { detectLocale } from "./i18n/locales.ts";

/**
 * Whether this visitor gets the welcome page the build prerendered (src/build/prerenderWelcome.ts): English, nothing
 * stored on the device, no step in the address. Anyone else needs the app at once to see their own page.
 */
function getsPrerenderedPage(): boolean {
  const root = document.getElementById("root");
  if (!root?.hasChildNodes() || window.location.hash !== "") return false;
  if (detectLocale(window.location.search, undefined, navigator.languages) !== "en") return false;
  try {
    return storedKeys(localStorage).length === 0;
  } catch {
    return false;
  }
}

const startApp = () => import("./main.tsx").then((main) => main.appStarted);

function afterFirstPaint(task: () => void): void {
  if (!PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    task();
    return;
  }
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    task();
  }).observe({ type: "paint", buffered: true });
}

/** Fetches and compiles the app without running it, once the page has painted: it never delays that paint. */
function preloadApp(): void {
  const address = document.querySelector<HTMLMetaElement>(`meta[name="${appAddressMeta}"]`)?.content;
  if (!address) return;
  const link = Object.assign(document.createElement("link"), { rel: "modulepreload", href: address });
  link.crossOrigin = "";
  document.head.append(link);
}

/**
 * The prerendered page is complete to read, so its app runs only at the first interaction: nothing competes with
 * reading it on a slow phone. A button pressed before the app has taken over is pressed again once it has.
 */
function startOnFirstInteraction(): void {
  let pressedTooEarly: HTMLButtonElement | null = null;
  const holdEarlyPresses = (event: MouseEvent) => {
    const button = event.target instanceof Element ? event.target.closest("button") : null;
    if (!button) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    pressedTooEarly = button;
  };
  document.addEventListener("click", holdEarlyPresses, true);
  onFirstInteraction(() => {
    void startApp().then(() => {
      document.removeEventListener("click", holdEarlyPresses, true);
      pressedTooEarly?.click();
    });
  });
  afterFirstPaint(preloadApp);
}

if (getsPrerenderedPage()) startOnFirstInteraction();
else void startApp();
