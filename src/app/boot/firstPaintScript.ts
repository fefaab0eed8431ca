import { markDocumentBeforePaint } from "./languageBeforePaint.ts";

// Built on its own into a small classic script that the page's head runs before the first paint.
markDocumentBeforePaint();
