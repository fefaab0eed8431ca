import "./ui/styles.css";

const startApp = () => import("./main.tsx");

const isPrerendered = document.getElementById("root")?.hasChildNodes() ?? false;

// The welcome page is in the HTML already (src/build/prerenderWelcome.ts): the app is fetched and run only once
// the browser reports that page painted, so that its JavaScript does not compete with the first paint, on the
// network or on the main thread. A page with nothing prerendered (the dev server) starts the app at once.
if (isPrerendered && PerformanceObserver.supportedEntryTypes?.includes("paint")) {
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    void startApp();
  }).observe({ type: "paint", buffered: true });
} else {
  void startApp();
}
