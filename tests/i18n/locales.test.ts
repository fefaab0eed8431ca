import { describe, expect, it } from "vitest";
import { detectLocale, localeOfPath } from "../../src/i18n/locales.ts";

describe("detectLocale", () => {
  it("takes ?lang= first, over the saved choice and the browser's languages", () => {
    expect(detectLocale("?lang=zh", "es", ["en-GB"])).toBe("zh");
  });

  it("ignores a ?lang= the app does not speak, and uses the saved choice", () => {
    expect(detectLocale("?lang=de", "es", ["zh-CN"])).toBe("es");
  });

  it("on a first visit, takes the first of the browser's languages that the app speaks, by its main language", () => {
    expect(detectLocale("", undefined, ["fr-FR", "zh-CN", "en-US"])).toBe("zh");
    expect(detectLocale("", undefined, ["es-419"])).toBe("es");
    expect(detectLocale("", "klingon", ["ZH-TW"])).toBe("zh");
  });

  it("falls back to English when the browser speaks none of the three", () => {
    expect(detectLocale("", undefined, ["fr-FR", "de"])).toBe("en");
    expect(detectLocale("", undefined, [])).toBe("en");
  });
});

describe("a hand-edited ?lang=", () => {
  it.each(["toString", "__proto__", "constructor", "hasOwnProperty"])(
    "naming a property every object has (%s) is not a language",
    (name) => {
      expect(detectLocale(`?lang=${name}`, undefined, ["es"])).toBe("es");
      expect(detectLocale("", name, [])).toBe("en");
    },
  );
});

describe("localeOfPath", () => {
  it("reads the language of its own address, under the folder the site is published in", () => {
    expect(localeOfPath("/zh/")).toBe("zh");
    expect(localeOfPath("/es/index.html")).toBe("es");
    expect(localeOfPath("/adios/en/", "/adios/")).toBe("en");
  });

  it("finds none at / or at an address that is not a language's", () => {
    expect(localeOfPath("/")).toBeNull();
    expect(localeOfPath("/fr/")).toBeNull();
    expect(localeOfPath("/zh/", "/adios/")).toBeNull();
  });
});
