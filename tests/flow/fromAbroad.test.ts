import { describe, expect, it } from "vitest";
import { carrierFacts } from "../../src/content/carriers/index.ts";
import type { Answers } from "../../src/flow/answers.ts";
import { carrierContact } from "../../src/flow/carrierContact.ts";
import { documentsFor } from "../../src/flow/documents.ts";
import { planFor } from "../../src/flow/plan.ts";
import { offeredOptions } from "../../src/flow/questionsAsked.ts";
import { nextStep } from "../../src/flow/routes.ts";
import { availableChannels, channelHintFor } from "../../src/flow/rules.ts";
import { shortAnswerFor } from "../../src/flow/shortAnswer.ts";
import { staffCardLines, staffCardVisits } from "../../src/flow/staffCard.ts";
import { isAsked } from "../../src/flow/steps.ts";

const today = "2026-12-07";

/** A graduate student back in China: her own Claro prepaid line, her passport, no roaming. */
const studentInChina: Answers = {
  reason: "leavingPeru",
  whereabouts: "abroad",
  cardStatus: "working",
  receivesSms: "no",
  planType: "prepaid",
  carrier: "claro",
  lineNumber: "",
  holder: "me",
  identityDocument: "passport",
};

const ids = (answers: Answers) => planFor(answers, today).map(({ id }) => id);

describe("where the person is", () => {
  it("someone who gives 'leaving Peru' as the reason is leaving or gone, not staying", () => {
    expect(offeredOptions("whereabouts", { reason: "leavingPeru" })).toEqual(["leaving", "abroad"]);
    expect(offeredOptions("whereabouts", { reason: "tooExpensive" })).toEqual([
      "inPeru",
      "leaving",
      "abroad",
    ]);
  });

  it("only someone leaving is asked for a flight date; only someone leaving or gone with the SIM in hand, about SMS", () => {
    expect(isAsked("flightDate", { whereabouts: "leaving" })).toBe(true);
    expect(isAsked("flightDate", { whereabouts: "abroad" })).toBe(false);
    expect(isAsked("receivesSms", { whereabouts: "abroad", cardStatus: "working" })).toBe(true);
    expect(isAsked("receivesSms", { whereabouts: "leaving", cardStatus: "working" })).toBe(true);
    expect(isAsked("receivesSms", { whereabouts: "inPeru", cardStatus: "working" })).toBe(false);
    expect(isAsked("receivesSms", { whereabouts: "abroad", cardStatus: "stolen" })).toBe(false);
  });

  it("the flight question follows 'leaving'; someone abroad goes straight on to the card", () => {
    expect(nextStep("whereabouts", { whereabouts: "leaving" })).toBe("flightDate");
    expect(nextStep("whereabouts", { whereabouts: "abroad" })).toBe("cardStatus");
  });
});

describe("the channels from abroad", () => {
  it.each([
    ["no roaming, Claro (no number from abroad)", studentInChina, ["someoneInPeru", "osiptelForm"]],
    [
      "roaming on, Claro",
      { ...studentInChina, receivesSms: "yes" },
      ["online", "someoneInPeru", "osiptelForm"],
    ],
    [
      "not sure of roaming: the app is not counted on",
      { ...studentInChina, receivesSms: "notSure" },
      ["someoneInPeru", "osiptelForm"],
    ],
    [
      "Entel, which has a number from abroad",
      { ...studentInChina, carrier: "entel" },
      ["phone", "someoneInPeru", "osiptelForm"],
    ],
    [
      "Bitel with roaming",
      { ...studentInChina, carrier: "bitel", receivesSms: "yes" },
      ["phone", "online", "someoneInPeru", "osiptelForm"],
    ],
    [
      "a stolen SIM abroad",
      { ...studentInChina, cardStatus: "stolen", receivesSms: undefined },
      ["someoneInPeru", "osiptelForm"],
    ],
  ] as const)("%s: %o", (_, answers, expected) => {
    expect(availableChannels(answers)).toEqual(expected);
    expect(channelHintFor(answers)).toBe("abroad");
  });

  it("never a store visit of one's own from abroad, and never OSIPTEL's form or a proxy for someone in Peru", () => {
    expect(availableChannels({ ...studentInChina, carrier: "movistar" })).not.toContain("store");
    expect(availableChannels({ whereabouts: "inPeru" })).toEqual(["store", "phone", "online"]);
    expect(availableChannels({ whereabouts: "leaving", receivesSms: "no" })).toEqual([
      "store",
      "phone",
      "online",
    ]);
  });
});

describe("the plan from abroad", () => {
  it("a prepaid line abroad: what happens if nothing is done, with the carrier's own days, and nothing needing Peru", () => {
    const plan = planFor({ ...studentInChina, channel: "osiptelForm" }, today);
    const lapse = plan.find(({ id }) => id === "prepaidEndsByItself");
    expect(lapse?.values).toMatchObject({ carrier: "Claro", days: 270, noticeDays: 15, reassignDays: 90 });
    expect(plan.map(({ id }) => id)).toEqual(
      expect.arrayContaining([
        "moveCodesFromAbroad",
        "requestViaOsiptel",
        "keepOsiptelReplies",
        "destroySim",
      ]),
    );
    // Whether the carrier's code comes back through OSIPTEL is not known, and its form is the route already taken.
    expect(plan.map(({ id }) => id)).toContain("checkLineIsGoneFromAbroad");
    for (const needsPeru of [
      "useUpBalance",
      "passBalance",
      "askWhatWorksFromAbroad",
      "moveCodesAndWallets",
      "keepProof",
      "checkLineIsGone",
    ])
      expect(plan.map(({ id }) => id)).not.toContain(needsPeru);
    expect(plan.find(({ id }) => id === "requestViaOsiptel")?.values).toEqual({
      form: "https://serviciosweb.osiptel.gob.pe/formularios/quierosalirme",
      email: "usuarios@osiptel.gob.pe",
    });
  });

  it("a postpaid line abroad never ends by itself, and the plan says so instead of a lapse", () => {
    const plan = ids({ ...studentInChina, planType: "postpaid", channel: "someoneInPeru" });
    expect(plan).toContain("postpaidNeverEnds");
    expect(plan).not.toContain("prepaidEndsByItself");
    expect(plan).toContain("requestBySomeoneInPeru");
  });

  it("with the carrier unknown, the lapse is given as the range of the carriers' days", () => {
    const plan = planFor({ ...studentInChina, carrier: "notSure" }, today);
    expect(plan.find(({ id }) => id === "prepaidEndsByItselfSomeCarrier")?.values).toMatchObject({
      fewest: 60,
      most: 270,
    });
  });

  it("by phone from abroad: the number written for dialling from there", () => {
    const plan = planFor({ ...studentInChina, carrier: "entel", channel: "phone" }, today);
    expect(plan.find(({ id }) => id === "requestByPhoneFromAbroad")?.values).toEqual({
      carrier: "Entel",
      number: "+51 1 611 7777",
    });
  });

  it("leaving: codes move before the flight, while the SIM still gets SMS; the balance can still be used", () => {
    const plan = ids({ ...studentInChina, whereabouts: "leaving", flightDate: "", channel: "store" });
    expect(plan).toEqual(expect.arrayContaining(["moveCodesBeforeLeaving", "useUpBalance", "passBalance"]));
    expect(plan).not.toContain("moveCodesFromAbroad");
  });

  it("someone staying in Peru hears nothing of lines left behind", () => {
    const plan = ids({ ...studentInChina, whereabouts: "inPeru", reason: "tooExpensive", channel: "store" });
    expect(plan).not.toContain("prepaidEndsByItself");
    expect(plan).not.toContain("postpaidNeverEnds");
    expect(plan).toContain("moveCodesAndWallets");
  });
});

describe("the short answer", () => {
  it("a traveller with a prepaid line: nothing must be done; if he wants it gone, the day to ask by", () => {
    const parts = shortAnswerFor(
      { ...studentInChina, whereabouts: "leaving", flightDate: "2026-12-18", channel: "store" },
      today,
    );
    expect(parts.map(({ id }) => id)).toEqual(["needNotAsk", "byDay"]);
    // Counted with the 5-day rule while the 1-day rule's start is unconfirmed.
    expect(parts[1]?.days).toEqual({ lastDay: "2026-12-10", flight: "2026-12-18" });
  });

  it("a flight whose last day to ask is today says today", () => {
    const parts = shortAnswerFor(
      { ...studentInChina, whereabouts: "leaving", flightDate: "2026-12-17", channel: "store" },
      today,
    );
    expect(parts.map(({ id }) => id)).toEqual(["needNotAsk", "byToday"]);
  });

  it("a postpaid line abroad must be cancelled; the route chosen follows", () => {
    const parts = shortAnswerFor({ ...studentInChina, planType: "postpaid", channel: "osiptelForm" }, today);
    expect(parts.map(({ id }) => id)).toEqual(["mustAskPostpaid", "how.osiptelForm"]);
  });

  it("a stolen line is blocked first; an heir's line changes holder first", () => {
    expect(shortAnswerFor({ cardStatus: "stolen" }, today)[0]?.id).toBe("blockFirst");
    expect(shortAnswerFor({ reason: "holderDied", holder: "deceased" }, today)[0]?.id).toBe("heirFirst");
    expect(shortAnswerFor({ whereabouts: "inPeru", channel: "phone" }, today).map(({ id }) => id)).toEqual([
      "mustAsk",
      "how.phone",
    ]);
  });
});

describe("what someone in Peru takes to the store, and what OSIPTEL's form needs", () => {
  it("someone in Peru: the carta poder signed abroad and a copy of the holder's document, not the original", () => {
    const items = documentsFor({ ...studentInChina, channel: "someoneInPeru" }).map(({ id }) => id);
    expect(items).toEqual(["powerSignedAbroad", "holderIdentityCopy"]);
  });

  it("for Bitel, the notarised carta poder of at most a month, with both copies", () => {
    const items = documentsFor({ ...studentInChina, carrier: "bitel", channel: "someoneInPeru" }).map(
      ({ id }) => id,
    );
    expect(items).toEqual(["representativeIdentityCopy", "holderIdentityCopy", "notarisedPowerOfAttorney"]);
  });

  it("the counter card says someone acts for the holder", () => {
    const answers: Answers = { ...studentInChina, channel: "someoneInPeru" };
    expect(staffCardVisits(answers)).toEqual(["cancellation"]);
    expect(staffCardLines(answers).map(({ id }) => id)).toContain("representative");
  });

  it("OSIPTEL's form: the document's details at hand, no card", () => {
    const answers: Answers = { ...studentInChina, channel: "osiptelForm" };
    expect(documentsFor(answers)[0]).toMatchObject({ id: "passport", values: { inPerson: "no" } });
    expect(staffCardVisits(answers)).toEqual([]);
  });
});

describe("the carrier's numbers from abroad", () => {
  it("are given only where a number can be dialled from abroad", () => {
    expect(carrierContact({ ...studentInChina, carrier: "bitel" })).toMatchObject({ fromAbroad: true });
    expect(carrierFacts.bitel.customerService.fromAbroad?.value).toBe("+51 930 123 123");
    expect(carrierFacts.claro.customerService.fromAbroad).toBeNull();
    expect(carrierContact({ ...studentInChina, whereabouts: "leaving" })).toMatchObject({
      fromAbroad: false,
    });
  });

  it("rest on our reading of the carrier's own number, marked as inference", () => {
    for (const carrier of ["entel", "bitel"] as const)
      expect(carrierFacts[carrier].customerService.fromAbroad?.sources.map(({ kind }) => kind)).toEqual([
        "inference",
      ]);
  });
});
