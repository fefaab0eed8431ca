import { describe, expect, it } from "vitest";
import { carrierFacts } from "../../src/content/carriers/index.ts";
import { carrierContact } from "../../src/flow/carrierContact.ts";

describe("the way to reach the carrier", () => {
  it("for a known carrier: that carrier alone, with no blocking numbers for a line that still works", () => {
    expect(carrierContact({ carrier: "entel", cardStatus: "working" })).toEqual({
      kind: "oneCarrier",
      carrier: carrierFacts.entel,
      lossAndTheft: null,
    });
  });

  it.each(["lost", "stolen"] as const)(
    "for a %s line: the carrier's numbers that block it, too",
    (cardStatus) => {
      expect(carrierContact({ carrier: "movistar", cardStatus })).toEqual({
        kind: "oneCarrier",
        carrier: carrierFacts.movistar,
        lossAndTheft: carrierFacts.movistar.lossAndTheft,
      });
    },
  );

  it("for a line given up as lost or stolen as the reason: the blocking numbers as well", () => {
    expect(carrierContact({ carrier: "bitel", reason: "lostOrStolen" })).toMatchObject({
      lossAndTheft: carrierFacts.bitel.lossAndTheft,
    });
  });

  it("before the carrier is known, or when the user is not sure: every carrier", () => {
    const every = { kind: "everyCarrier", carriers: Object.values(carrierFacts) };
    expect(carrierContact({})).toEqual(every);
    expect(carrierContact({ carrier: "notSure" })).toEqual(every);
  });

  it("for a carrier we have no facts on: no numbers", () => {
    expect(carrierContact({ carrier: "other", cardStatus: "stolen" })).toEqual({ kind: "noNumbers" });
  });
});
