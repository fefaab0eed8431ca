import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/flow/answers.ts";
import { noFollowUp } from "../../src/flow/followUp.ts";
import { type LineRecord, lineFileTag, lineName, lineStanding, sharedTrips } from "../../src/flow/lines.ts";

const request = { date: "2026-12-01", channel: "store", code: "", chosenDate: "" } as const;

const line = (id: number, answers: Answers, followUp = noFollowUp): LineRecord => ({
  id,
  step: followUp.request ? "dueDate" : "summary",
  answers,
  followUp,
});

const movistarAtStore: Answers = { carrier: "movistar", channel: "store", whereabouts: "inPeru" };

describe("lineStanding", () => {
  it("says where each line stands: planning at its step, asked and due, gone, or on the way up with its reclamo", () => {
    expect(lineStanding({ ...line(1, {}), step: "carrier" })).toEqual({ kind: "planning", step: "carrier" });
    const asked = lineStanding(line(1, movistarAtStore, { ...noFollowUp, request }));
    expect(asked).toMatchObject({ kind: "asked", asked: "2026-12-01" });
    const due = asked.kind === "asked" ? asked.due : "";
    expect(due > "2026-12-01").toBe(true);
    expect(lineStanding(line(1, {}, { ...noFollowUp, request, lineCheck: "gone" }))).toEqual({
      kind: "gone",
    });
    expect(lineStanding(line(1, {}, { ...noFollowUp, request, lineCheck: "stillBilled" }))).toEqual({
      kind: "wayUp",
      due,
      reclamo: null,
    });
    const escalation = { ...noFollowUp.escalation, reclamoDate: "2026-12-10" };
    expect(
      lineStanding(line(1, {}, { ...noFollowUp, request, lineCheck: "stillWorking", escalation })),
    ).toEqual({
      kind: "wayUp",
      due,
      reclamo: "2026-12-10",
    });
  });
});

describe("a line's name", () => {
  it("is its carrier and number where known, and its files say so", () => {
    expect(lineName({ carrier: "claro", lineNumber: "987654321" })).toEqual({
      carrier: "claro",
      number: "987654321",
    });
    expect(lineName({ carrier: "notSure", lineNumber: "" })).toEqual({ carrier: null, number: null });
    expect(lineFileTag({ carrier: "claro", lineNumber: "987654321" })).toBe("claro-987654321");
    expect(lineFileTag({ carrier: "entel" })).toBe("entel");
    expect(lineFileTag({ carrier: "other" })).toBe("line");
  });
});

describe("sharedTrips", () => {
  it("joins two lines of one carrier, both at its store, into one visit", () => {
    const lines = [line(1, movistarAtStore), line(2, { ...movistarAtStore, lineNumber: "912345678" })];
    expect(sharedTrips(lines)).toEqual([{ kind: "sameStore", carrier: "movistar", lines }]);
  });

  it("puts two carriers' store visits on one day, and names the earliest flight once for every line still to ask", () => {
    const claro = line(2, {
      carrier: "claro",
      channel: "store",
      whereabouts: "leaving",
      flightDate: "2026-12-20",
    });
    const bitel = line(3, {
      carrier: "bitel",
      channel: "phone",
      whereabouts: "leaving",
      flightDate: "2026-12-18",
    });
    expect(sharedTrips([line(1, movistarAtStore), claro, bitel])).toEqual([
      { kind: "storesSameDay", carriers: ["movistar", "claro"] },
      { kind: "beforeFlight", flight: "2026-12-18", lines: [line(1, movistarAtStore), claro, bitel] },
    ]);
  });

  it("leaves out a line already asked for, or whose plan ends elsewhere (keeping the number)", () => {
    const asked = line(2, movistarAtStore, { ...noFollowUp, request });
    const porting = { ...line(3, movistarAtStore), step: "portability" as const };
    expect(sharedTrips([line(1, movistarAtStore), asked, porting])).toEqual([]);
    expect(
      sharedTrips([line(1, { ...movistarAtStore, whereabouts: "leaving", flightDate: "2026-12-20" })]),
    ).toEqual([]);
  });
});
