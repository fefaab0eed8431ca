import { afterFirstPaint } from "./app/boot/afterFirstPaint.ts";
import { addressIn, appAddressMeta } from "./app/boot/appAddress.ts";
import { dropEarlyPress, hasInteracted, releaseEarlyPresses } from "./app/boot/earlyPresses.ts";
import { onFirstInteraction } from "./app/boot/firstInteraction.ts";
import { type FirstPaint, markDocumentBeforePaint } from "./app/boot/languageBeforePaint.ts";
import { showLoadFailure, withdrawLoadFailure } from "./app/boot/loadFailure.ts";
import { registerServiceWorker } from "./app/offline/registerServiceWorker.ts";
import { isLocale } from "./i18n/locales.ts";

/**
 * What the script in the page's head decided before the first paint (src/app/boot/firstPaintScript.ts), or, where
 * that script did not run, the same decision made now.
 */
function firstPaint(): FirstPaint {
  const { dataset } = document.documentElement;
  if (!isLocale(dataset.locale)) return markDocumentBeforePaint();
  return { locale: dataset.locale, returning: dataset.returning !== undefined };
}

/** Only the visitor's own prerendered page stays: the others would repeat its landmarks and ids. */
function keepOwnPrerenderedPage(locale: FirstPaint["locale"]): boolean {
  let kept = false;
  for (const page of document.querySelectorAll<HTMLElement>("#root > [data-prerendered]")) {
    if (page.dataset.prerendered === locale) kept = true;
    else page.remove();
  }
  return kept;
}

/**
 * Runs the app, then presses again the button pressed while it loaded. Should it fail to download (a flaky first
 * visit), the page says so in its own language, and the next touch or key press tries again: the button pressed
 * then is pressed again once the app runs, as before.
 */
function startApp(paint: FirstPaint): void {
  import("./main.tsx")
    .then((main) => main.startApp(paint))
    .then(
      () => {
        withdrawLoadFailure();
        releaseEarlyPresses();
      },
      () => {
        dropEarlyPress();
        showLoadFailure(paint.locale);
        onFirstInteraction(() => startApp(paint));
      },
    );
}

/** Fetches and compiles the app without running it, once the page has painted: it never delays that paint. */
function preloadApp(): void {
  const address = addressIn(appAddressMeta);
  if (!address) return;
  const link = Object.assign(document.createElement("link"), { rel: "modulepreload", href: address });
  link.crossOrigin = "";
  document.head.append(link);
}

/**
 * The prerendered page is complete to read, so its app runs only at the first interaction: nothing competes with
 * reading it on a slow phone. A button pressed before the app has taken over is pressed again once it has
 * (src/app/boot/earlyPresses.ts), even one pressed before this script had arrived.
 */
function startOnFirstInteraction(paint: FirstPaint): void {
  if (hasInteracted()) startApp(paint);
  else onFirstInteraction(() => startApp(paint));
  afterFirstPaint(preloadApp);
}

const paint = firstPaint();
const prerendered = keepOwnPrerenderedPage(paint.locale);
// A first-time visitor reads the prerendered welcome page in their language; anyone else needs the app at once.
if (prerendered && !paint.returning) startOnFirstInteraction(paint);
else startApp(paint);
registerServiceWorker();
