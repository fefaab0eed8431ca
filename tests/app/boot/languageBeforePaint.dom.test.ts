import { afterEach, describe, expect, it } from "vitest";
import { markDocumentBeforePaint } from "../../../src/app/boot/languageBeforePaint.ts";
import { sessionKey } from "../../../src/app/session/storageKeys.ts";

const root = document.documentElement;

afterEach(() => {
  window.history.replaceState(null, "", "/");
  for (const mark of ["locale", "returning", "stepAddress"]) delete root.dataset[mark];
  root.lang = "en";
});

describe("markDocumentBeforePaint", () => {
  it("marks a first visit in the language asked for by ?lang=, with <html lang>", () => {
    window.history.replaceState(null, "", "/?lang=zh");
    expect(markDocumentBeforePaint()).toEqual({ locale: "zh", returning: false });
    expect(root.lang).toBe("zh-CN");
    expect(root.dataset.locale).toBe("zh");
    expect(root.dataset.returning).toBeUndefined();
  });

  it("takes the language saved with the session, and marks the visitor as returning", () => {
    localStorage.setItem(sessionKey, JSON.stringify({ app: "adios-chip", locale: "es" }));
    expect(markDocumentBeforePaint()).toEqual({ locale: "es", returning: true });
    expect(root.lang).toBe("es-PE");
    expect(root.dataset.returning).toBe("");
  });

  it("reads saved data it cannot parse as no saved choice, still a returning visitor", () => {
    localStorage.setItem(sessionKey, "{ not json");
    expect(markDocumentBeforePaint()).toMatchObject({ returning: true });
  });

  it("a step's address (#/carrier) opens the app at once; another fragment (#main, the skip link's) does not", () => {
    window.history.replaceState(null, "", "/#main");
    expect(markDocumentBeforePaint().returning).toBe(false);
    expect(root.dataset.stepAddress).toBeUndefined();
    window.history.replaceState(null, "", "/#/carrier");
    expect(markDocumentBeforePaint().returning).toBe(true);
    expect(root.dataset.stepAddress).toBe("");
  });
});
