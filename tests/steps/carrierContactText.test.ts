import { describe, expect, it } from "vitest";
import { i18n } from "../../src/i18n/i18n.ts";
import type { Translate } from "../../src/i18n/useText.ts";
import { carrierContactText } from "../../src/steps/carrierContactText.ts";

const t = i18n._.bind(i18n) as Translate;

describe("the carrier's contacts in the downloaded plan, as the page gives them", () => {
  it("the user's carrier: its customer service and its list of stores", () => {
    const { title, lines } = carrierContactText({ carrier: "bitel" }, t);
    expect(title).toBe("To ask Bitel");
    expect(lines[0]).toMatch(/^Customer service \(from older lists: .*\): 123 /);
    expect(lines.at(-1)).toMatch(/bitel\.com\.pe/);
  });

  it("a user who does not know the carrier: every carrier's customer service, by name", () => {
    const { lines } = carrierContactText({ carrier: "notSure" }, t);
    expect(lines.map((line) => line.split(":")[0])).toEqual(["Claro", "Movistar", "Entel", "Bitel"]);
  });

  it("another carrier: where to look, as no source gives its numbers", () => {
    expect(carrierContactText({ carrier: "other" }, t).lines).toEqual([
      "Our sources have no number for this carrier: look on its website or on a bill.",
    ]);
  });
});
