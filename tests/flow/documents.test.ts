import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/flow/answers.ts";
import { documentsFor, leavesQuestionsForTheCarrier } from "../../src/flow/documents.ts";
import { completeAnswers } from "../support/completeAnswers.ts";

/** The shared complete answers, with a DNI. */
const holderAtStore: Answers = { ...completeAnswers, identityDocument: "dni" };

const ids = (answers: Answers) => documentsFor(answers).map((item) => item.id);

describe("documentsFor", () => {
  // Which documents a carrier takes is in our sources only for the ones its counters see every day: for the others,
  // a gap, said as one rather than as our advice.
  it.each([
    ["dni", "dni", "advice"],
    ["carneExtranjeria", "carneExtranjeria", "advice"],
    ["passport", "passport", "notInSources"],
    ["ptp", "ptp", "notInSources"],
    ["cpp", "cpp", "notInSources"],
    ["other", "otherIdentityDocument", "notInSources"],
  ] as const)(
    "the %s document puts %s first, because of that answer (%s)",
    (identityDocument, item, kind) => {
      const [first] = documentsFor({ ...holderAtStore, identityDocument });
      expect(first).toMatchObject({
        id: item,
        because: [{ question: "identityDocument", answer: identityDocument }],
        basis: { kind },
      });
    },
  );

  it("the holder's own active line at a store: their ID and the SIM", () => {
    expect(ids(holderAtStore)).toEqual(["dni", "simCard"]);
  });

  it("someone else's Bitel line: Bitel's own list, each item citing Bitel's page", () => {
    const documents = documentsFor({
      ...holderAtStore,
      carrier: "bitel",
      holder: "someoneElse",
      requester: "me",
    });
    expect(documents.map((item) => item.id)).toEqual([
      "dni",
      "representativeIdentityCopy",
      "holderIdentityCopy",
      "notarisedPowerOfAttorney",
      "simCard",
    ]);
    expect(documents[3]).toMatchObject({
      because: [
        { question: "holder", answer: "someoneElse" },
        { question: "requester", answer: "me" },
        { question: "carrier", answer: "bitel" },
      ],
      values: { months: 1 },
      basis: { kind: "facts", facts: [{ sources: [{ kind: "carrier" }] }] },
    });
  });

  it.each(["claro", "movistar", "entel", "notSure"] as const)(
    "someone else's %s line, asked for by the user: a carta poder in the form the carrier asks for, and no copy no source asks for",
    (carrier) => {
      const documents = documentsFor({ ...holderAtStore, carrier, holder: "someoneElse", requester: "me" });
      expect(documents.map((item) => item.id)).toEqual(["dni", "powerOfAttorneyAskCarrier", "simCard"]);
      expect(documents[1]?.because).toEqual([
        { question: "holder", answer: "someoneElse" },
        { question: "requester", answer: "me" },
        { question: "carrier", answer: carrier },
      ]);
    },
  );

  it("someone else's line, asked for by its holder: the holder's own list, no power of attorney", () => {
    expect(ids({ ...holderAtStore, holder: "someoneElse", requester: "theHolder" })).toEqual([
      "dni",
      "simCard",
    ]);
  });

  it("an heir's list in two visits: the change of holder (their ID, the holder's ID, the death certificate), then the cancellation", () => {
    const documents = documentsFor({ ...holderAtStore, holder: "deceased" });
    expect(documents.map(({ id, visit }) => [visit, id])).toEqual([
      ["changeOfHolder", "dni"],
      ["changeOfHolder", "deceasedHolderIdentity"],
      ["changeOfHolder", "deathCertificate"],
      ["cancellation", "sameIdentityDocument"],
      ["cancellation", "simCard"],
    ]);
    expect(documents[2]?.basis).toMatchObject({ kind: "facts" });
  });

  it("whoever is not an heir goes once, for the cancellation", () => {
    for (const answers of [
      holderAtStore,
      { ...holderAtStore, holder: "someoneElse", requester: "me" } as const,
    ])
      expect(new Set(documentsFor(answers).map((item) => item.visit))).toEqual(new Set(["cancellation"]));
  });

  it.each([
    [{ cardStatus: "stolen" }, ["dni", "blockingCode", "policeReport"]],
    [{ cardStatus: "lost" }, ["dni", "blockingCode"]],
    [{ reason: "lostOrStolen", cardStatus: "damaged" }, ["dni", "blockingCode"]],
  ] as const)("a line %o needs the blocking code, and no SIM: %o", (change, expected) => {
    expect(ids({ ...holderAtStore, ...change })).toEqual(expected);
  });

  it("the blocking code says which answers put it there", () => {
    const blockingCode = documentsFor({ ...holderAtStore, reason: "lostOrStolen", cardStatus: "stolen" })[1];
    expect(blockingCode?.because).toEqual([
      { question: "reason", answer: "lostOrStolen" },
      { question: "cardStatus", answer: "stolen" },
    ]);
  });

  it("a line suspended for debt needs no proof of payment: the debt does not stop the cancellation", () => {
    expect(ids({ ...holderAtStore, cardStatus: "suspendedForDebt" })).toEqual(["dni", "simCard"]);
  });

  it("a postpaid line adds the contract or a bill", () => {
    const documents = documentsFor({ ...holderAtStore, planType: "postpaid" });
    expect(documents.find((item) => item.id === "contractOrBill")?.because).toEqual([
      { question: "planType", answer: "postpaid" },
    ]);
  });

  it.each([
    ["store", ["dni", "simCard"]],
    ["phone", ["dni"]],
    ["online", ["dni", "phoneWithTheLine"]],
  ] as const)("by %s: %o", (channel, expected) => {
    expect(ids({ ...holderAtStore, channel })).toEqual(expected);
  });

  it.each(["phone", "online"] as const)(
    "by %s, the ID is to have at hand, not to photocopy; at a store, original and photocopy",
    (channel) => {
      const [byDistance] = documentsFor({ ...holderAtStore, channel });
      expect(byDistance).toMatchObject({ why: "identityAtHand", values: { inPerson: "no" } });
      const [atStore] = documentsFor(holderAtStore);
      expect(atStore).toMatchObject({ why: "identityCopy", values: { inPerson: "yes" } });
    },
  );

  it("a damaged SIM cannot receive the app's code: the online list does not count on it", () => {
    expect(ids({ ...holderAtStore, cardStatus: "damaged", channel: "online" })).toEqual(["dni"]);
  });

  it("lists nothing before any answer", () => {
    expect(documentsFor({})).toEqual([]);
  });
});

describe("documentsFor: the answers each document gives as its reason", () => {
  it.each([
    [
      { holder: "someoneElse", requester: "me" },
      "powerOfAttorneyAskCarrier",
      ["holder", "requester", "carrier"],
    ],
    [{ holder: "deceased" }, "deathCertificate", ["holder"]],
    [{ cardStatus: "stolen" }, "policeReport", ["cardStatus"]],
    [{}, "simCard", ["cardStatus", "channel"]],
    [{ channel: "online" }, "phoneWithTheLine", ["channel"]],
  ] as const)("for %o, %s is there because of %o", (change, id, questions) => {
    const answers: Answers = { ...holderAtStore, ...change };
    const item = documentsFor(answers).find((candidate) => candidate.id === id);
    expect(item?.because).toEqual(questions.map((question) => ({ question, answer: answers[question] })));
  });
});

/** Each item as [id, why it is asked for, the visit it is for, the questions it answers to]. */
const itemsOf = (answers: Answers) =>
  documentsFor(answers).map(({ id, why, visit, because }) => [
    id,
    why,
    visit,
    because.map(({ question }) => question).join(" "),
  ]);

describe("the whole document list, with why each paper is there", () => {
  const withDni: Answers = { ...completeAnswers, reason: "other", identityDocument: "dni" };

  it("an heir with a stolen postpaid line, at a store: the change of holder first, then the cancellation's papers", () => {
    const heir: Answers = {
      ...withDni,
      holder: "deceased",
      reason: "lostOrStolen",
      cardStatus: "stolen",
      planType: "postpaid",
    };
    expect(itemsOf(heir)).toEqual([
      ["dni", "identityCopy", "changeOfHolder", "identityDocument"],
      ["deceasedHolderIdentity", "changeOfHolder", "changeOfHolder", "holder"],
      ["deathCertificate", "changeOfHolder", "changeOfHolder", "holder"],
      ["sameIdentityDocument", "sameIdentityDocument", "cancellation", "identityDocument"],
      ["blockingCode", "blockingCode", "cancellation", "reason cardStatus"],
      ["policeReport", "policeReport", "cancellation", "cardStatus"],
      ["contractOrBill", "contractOrBill", "cancellation", "planType"],
    ]);
  });

  it("a postpaid line suspended for debt, in the app, with a passport: the carrier must say whether it takes the passport", () => {
    const inDebt: Answers = {
      ...withDni,
      cardStatus: "suspendedForDebt",
      planType: "postpaid",
      channel: "online",
      identityDocument: "passport",
    };
    expect(itemsOf(inDebt)).toEqual([
      ["passport", "identityAskCarrier", "cancellation", "identityDocument channel"],
      ["contractOrBill", "contractOrBill", "cancellation", "planType"],
      ["phoneWithTheLine", "phoneWithTheLine", "cancellation", "channel"],
    ]);
    expect(leavesQuestionsForTheCarrier(documentsFor(inDebt))).toBe(true);
  });

  it("a DNI in the app: its details at hand, nothing left to ask the carrier", () => {
    const inTheApp: Answers = { ...withDni, channel: "online" };
    expect(itemsOf(inTheApp)).toEqual([
      ["dni", "identityAtHand", "cancellation", "identityDocument channel"],
      ["phoneWithTheLine", "phoneWithTheLine", "cancellation", "channel"],
    ]);
    expect(leavesQuestionsForTheCarrier(documentsFor(inTheApp))).toBe(false);
  });
});
