import { describe, expect, it } from "vitest";
import { carrierFacts } from "../../src/content/carriers/index.ts";
import { carrierContact } from "../../src/flow/carrierContact.ts";

describe("the way to reach the carrier", () => {
  it("for a known carrier: that carrier alone, with no blocking numbers for a line that still works", () => {
    expect(carrierContact({ carrier: "entel", cardStatus: "working" })).toEqual({
      kind: "oneCarrier",
      carrier: carrierFacts.entel,
      lossAndTheft: null,
      fromAbroad: false,
    });
  });

  it.each(["lost", "stolen"] as const)(
    "for a %s line: the carrier's numbers that block it, too",
    (cardStatus) => {
      expect(carrierContact({ carrier: "movistar", cardStatus })).toEqual({
        kind: "oneCarrier",
        carrier: carrierFacts.movistar,
        lossAndTheft: carrierFacts.movistar.lossAndTheft,
        fromAbroad: false,
      });
    },
  );

  it("for a line given up as lost or stolen as the reason: the blocking numbers as well", () => {
    expect(carrierContact({ carrier: "bitel", reason: "lostOrStolen" })).toMatchObject({
      lossAndTheft: carrierFacts.bitel.lossAndTheft,
    });
  });

  it("before the carrier is known, or when the user is not sure: every carrier", () => {
    const every = { kind: "everyCarrier", carriers: Object.values(carrierFacts), fromAbroad: false };
    expect(carrierContact({})).toEqual(every);
    expect(carrierContact({ carrier: "notSure" })).toEqual(every);
  });

  it("for someone abroad: the numbers that can be dialled from there, every carrier's while it is not known", () => {
    expect(carrierContact({ whereabouts: "abroad" })).toMatchObject({
      kind: "everyCarrier",
      fromAbroad: true,
    });
    expect(carrierContact({ whereabouts: "abroad", carrier: "claro" })).toMatchObject({
      kind: "oneCarrier",
      fromAbroad: true,
    });
  });

  it("for a carrier we have no facts on: no numbers", () => {
    expect(carrierContact({ carrier: "other", cardStatus: "stolen" })).toEqual({ kind: "noNumbers" });
  });
});
