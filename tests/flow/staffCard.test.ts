import { describe, expect, it } from "vitest";
import { rights } from "../../src/content/rights.ts";
import type { Answers } from "../../src/flow/answers.ts";
import { documentsFor } from "../../src/flow/documents.ts";
import { staffCardLines, staffCardVisits } from "../../src/flow/staffCard.ts";
import { completeAnswers } from "../support/completeAnswers.ts";

const atStore: Answers = { ...completeAnswers, reason: "other" };

describe("the Spanish card for the counter", () => {
  it("asks for the cancellation, then for the proof, then lists the papers brought", () => {
    expect(staffCardLines(atStore)).toMatchObject([
      { id: "request" },
      { id: "proof" },
      { id: "bring", documents: [{ id: "passport" }, { id: "simCard" }] },
    ]);
  });

  it.each(["ptp", "cpp"] as const)(
    "lists the holder's own %s among the papers brought",
    (identityDocument) => {
      const bring = staffCardLines({ ...atStore, identityDocument }).find((line) => line.id === "bring");
      expect(bring).toMatchObject({ documents: [{ id: identityDocument }, { id: "simCard" }] });
    },
  );

  it("backs the proof asked for with the rule that owes it, where a clerk may push back", () => {
    expect(staffCardLines(atStore).find((line) => line.id === "proof")).toEqual({
      id: "proof",
      backedBy: [rights.proofOfRequest],
    });
  });

  it("for a line suspended for debt, says before the proof that a debt is no reason to refuse, with its source", () => {
    const lines = staffCardLines({ ...atStore, cardStatus: "suspendedForDebt" });
    expect(lines.map((line) => line.id)).toEqual(["request", "debtNoRefusal", "proof", "bring"]);
    expect(lines[1]).toEqual({ id: "debtNoRefusal", backedBy: [rights.debtIsNoReasonToRefuse] });
  });

  it("names the line when its number was typed, right after the request", () => {
    expect(staffCardLines({ ...atStore, lineNumber: "987654321" }).slice(0, 2)).toEqual([
      { id: "request" },
      { id: "line", number: "987654321" },
    ]);
  });

  it("goes without the line when the number was left empty or not asked yet", () => {
    for (const answers of [atStore, { ...atStore, lineNumber: undefined }]) {
      expect(staffCardLines(answers).map((line) => line.id)).toEqual(["request", "proof", "bring"]);
    }
  });

  it.each([
    { holder: "someoneElse", requester: "me", carrier: "bitel" },
    { planType: "postpaid", cardStatus: "suspendedForDebt" },
  ] as const)("lists the same papers as the document list for %o", (change) => {
    const answers = { ...atStore, ...change };
    expect(staffCardLines(answers).at(-1)).toEqual({ id: "bring", documents: documentsFor(answers) });
  });

  it("an heir's two cards each list the papers for their own visit", () => {
    const answers: Answers = { ...atStore, holder: "deceased" };
    for (const visit of ["changeOfHolder", "cancellation"] as const)
      expect(staffCardLines(answers, visit).at(-1)).toEqual({
        id: "bring",
        documents: documentsFor(answers).filter((item) => item.visit === visit),
      });
  });

  it("the holder who asks for their own line, told by the user, is no representative", () => {
    expect(
      staffCardLines({ ...atStore, holder: "someoneElse", requester: "theHolder" }).map((line) => line.id),
    ).toEqual(["request", "proof", "bring"]);
  });

  it("a representative says, after the request, that they act for the holder", () => {
    expect(
      staffCardLines({ ...atStore, holder: "someoneElse", requester: "me" }).map((line) => line.id),
    ).toEqual(["request", "representative", "proof", "bring"]);
  });

  it("an heir asks for the change of holder, not for a cancellation the line's holder cannot yet make", () => {
    const card = (visit: "changeOfHolder" | "cancellation") =>
      staffCardLines({ ...atStore, holder: "deceased" }, visit).map((line) => line.id);
    expect(card("changeOfHolder")).toEqual(["changeHolder", "proof", "bring"]);
    expect(card("cancellation")).toEqual(["request", "proof", "bring"]);
  });
});

describe("where a card is shown, or read out on the call", () => {
  it.each<[string, Answers, string[]]>([
    ["a cancellation at a store", atStore, ["cancellation"]],
    ["a cancellation by phone", { ...atStore, channel: "phone" }, ["call"]],
    [
      "an heir's change of holder, then the cancellation at a store",
      { ...atStore, holder: "deceased" },
      ["changeOfHolder", "cancellation"],
    ],
    [
      "an heir who will call",
      { ...atStore, reason: "holderDied", channel: "phone" },
      ["changeOfHolder", "call"],
    ],
  ])("%s", (_, answers, visits) => {
    expect(staffCardVisits(answers)).toEqual(visits);
  });

  it("by phone: what to say on the call, with the document whose number the holder reads out, and no papers to bring", () => {
    const byPhone: Answers = {
      ...atStore,
      channel: "phone",
      lineNumber: "987654321",
      cardStatus: "suspendedForDebt",
    };
    expect(staffCardVisits(byPhone)).toEqual(["call"]);
    expect(staffCardLines(byPhone, "call")).toMatchObject([
      { id: "request" },
      { id: "line", number: "987654321" },
      { id: "callHolder", document: { id: "passport" } },
      { id: "debtNoRefusal" },
      { id: "proof" },
    ]);
  });
});
