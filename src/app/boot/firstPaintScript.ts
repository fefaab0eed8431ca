import { afterFirstPaint } from "./afterFirstPaint.ts";
import { addressIn, entryAddressMeta } from "./appAddress.ts";
import { holdEarlyPresses } from "./earlyPresses.ts";
import { markDocumentBeforePaint } from "./languageBeforePaint.ts";

// Built on its own into a small classic script in the page's head: it marks the page before the first paint, and
// starts the page's entry script only after it, so that nothing but the page itself stands before that paint.
markDocumentBeforePaint();
holdEarlyPresses();
afterFirstPaint(() => {
  const address = addressIn(entryAddressMeta);
  if (!address) return;
  const entry = Object.assign(document.createElement("script"), { type: "module", src: address });
  entry.crossOrigin = "";
  document.head.append(entry);
});
