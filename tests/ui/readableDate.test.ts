import { describe, expect, it } from "vitest";
import { dateTagFor } from "../../src/ui/readableDate.ts";

const written = (tag: string) =>
  new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }).format(new Date("2026-12-03"));

describe("the dates a reader sees", () => {
  it("are written in the reader's own variant of the page's language: 3 December for en-GB, not December 3", () => {
    const tag = dateTagFor("en", ["en-GB", "en"]);
    expect(tag).toBe("en-GB");
    expect(written(tag)).toBe("3 December 2026");
  });

  it("keep the page's own tag when the browser asks for no variant of that language, or for one Intl cannot read", () => {
    expect(dateTagFor("zh", ["en-GB", "fr-FR"])).toBe("zh-CN");
    expect(dateTagFor("es", [])).toBe("es-PE");
    expect(dateTagFor("en", ["en-"])).toBe("en");
  });

  it("follow a Spanish or Chinese reader's own region too", () => {
    expect(dateTagFor("es", ["es-ES"])).toBe("es-ES");
    expect(dateTagFor("zh", ["zh-TW", "zh"])).toBe("zh-TW");
  });
});
