import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/flow/answers.ts";
import { documentsFor } from "../../src/flow/documents.ts";
import { staffCardLines } from "../../src/flow/staffCard.ts";
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
    { holder: "someoneElse", carrier: "bitel" },
    { holder: "deceased" },
    { planType: "postpaid", cardStatus: "suspendedForDebt" },
  ] as const)("lists the same papers as the document list for %o", (change) => {
    const answers = { ...atStore, ...change };
    expect(staffCardLines(answers).at(-1)).toEqual({ id: "bring", documents: documentsFor(answers) });
  });

  it("a representative says, after the request, that they act for the holder", () => {
    expect(staffCardLines({ ...atStore, holder: "someoneElse" }).map((line) => line.id)).toEqual([
      "request",
      "representative",
      "proof",
      "bring",
    ]);
  });

  it("an heir asks for the change of holder, not for a cancellation the line's holder cannot yet make", () => {
    const lines = staffCardLines({ ...atStore, holder: "deceased" }).map((line) => line.id);
    expect(lines).toEqual(["changeHolder", "proof", "bring"]);
  });
});
