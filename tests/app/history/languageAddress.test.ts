import { describe, expect, it } from "vitest";
import { addressInLanguage } from "../../../src/app/history/languageAddress.ts";

describe("the address in another language", () => {
  it("is that language's own address, with the step kept", () => {
    expect(addressInLanguage({ search: "", hash: "#/carrier" }, "zh", "/")).toBe("/zh/#/carrier");
  });

  it("drops ?lang=, which would outweigh the address on a reload, and keeps any other query", () => {
    expect(addressInLanguage({ search: "?lang=en", hash: "" }, "es", "/")).toBe("/es/");
    expect(addressInLanguage({ search: "?lang=en&from=qr", hash: "#/reason" }, "es", "/")).toBe(
      "/es/?from=qr#/reason",
    );
  });

  it("stays under the folder the site is published in", () => {
    expect(addressInLanguage({ search: "", hash: "" }, "en", "/adios/")).toBe("/adios/en/");
  });
});
