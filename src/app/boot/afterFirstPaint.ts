/** Runs `task` once the page has painted something, so that it never stands before that paint. */
export function afterFirstPaint(task: () => void): void {
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
