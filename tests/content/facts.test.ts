import { describe, expect, it } from "vitest";
import { afterRequest } from "../../src/content/afterRequest.ts";
import { bajaDeadline, latestChosenDateMonths } from "../../src/content/bajaDeadline.ts";
import { claroReplacementDays } from "../../src/content/carriers/claro.ts";
import { carrierFacts } from "../../src/content/carriers/index.ts";
import {
  citeRule,
  datedFactSchema,
  fact,
  factSchema,
  press,
  ruleInForce,
  sourceKinds,
  sourceSchema,
  verifiedOn,
} from "../../src/content/fact.ts";
import { lossAndTheft } from "../../src/content/lossAndTheft.ts";
import { claroPasaSaldo, numberReassignedAfterDays } from "../../src/content/money.ts";
import { checaTusLineas, deceasedHolderChange } from "../../src/content/rights.ts";
import { carriers, knownCarriers } from "../../src/flow/answerOptions.ts";
import { exportedFacts, isDated } from "../support/contentFacts.ts";

describe("facts in src/content", () => {
  const facts = exportedFacts();

  it("are found in every module that holds some", () => {
    expect(facts.length).toBeGreaterThan(30);
    const modulesWithFacts = new Set(facts.map(({ where }) => where.split(" ")[0]));
    for (const carrier of ["claro", "movistar", "entel", "bitel"]) {
      expect(modulesWithFacts).toContain(`/src/content/carriers/${carrier}.ts`);
    }
    for (const topic of ["rights", "afterRequest", "lossAndTheft", "money", "alternatives", "bajaDeadline"]) {
      expect(modulesWithFacts).toContain(`/src/content/${topic}.ts`);
    }
  });

  it("each have a value (or null), at least one https source of a known kind, and a lastVerified date", () => {
    const invalid = facts
      .filter(
        ({ candidate }) => !(isDated(candidate) ? datedFactSchema : factSchema).safeParse(candidate).success,
      )
      .map(({ where }) => where);
    expect(invalid).toEqual([]);
  });

  it("were each verified on a real calendar day, not in the future", () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const { where, candidate } of facts) {
      const { lastVerified } = (isDated(candidate) ? datedFactSchema : factSchema).parse(candidate);
      expect(new Date(lastVerified).toISOString().slice(0, 10), where).toBe(lastVerified);
      expect(lastVerified <= today, `${where} verified ${lastVerified}, after today`).toBe(true);
    }
  });

  it("give each carrier every fact of a carrier, not just its name", () => {
    for (const [id, carrier] of Object.entries(carrierFacts)) {
      expect(carrier.name, id).not.toBe("");
      const { fromAbroad, ...customerService } = carrier.customerService;
      const own = [
        carrier.app,
        ...Object.values(customerService),
        ...Object.values(carrier.lossAndTheft),
        // A number from abroad only where one can be dialled from there.
        ...(fromAbroad ? [fromAbroad] : []),
      ];
      for (const carrierFact of own) expect(factSchema.safeParse(carrierFact).success, id).toBe(true);
    }
  });
});

/** What a phone keypad can dial: digits, with the spaces and brackets a printed number groups them with. */
const dialable = /^\(?\d+\)?( ?\d+)*$/;

describe("what the user is told to dial, open or visit", () => {
  it.each(Object.entries(carrierFacts))(
    "%s's numbers for customer service and for a loss or theft are dialable numbers",
    (_, carrier) => {
      const lines = [carrier.customerService, carrier.lossAndTheft];
      for (const number of lines.flatMap(({ ownLine, anyPhone }) => [ownLine.value, anyPhone.value])) {
        expect(number).toMatch(dialable);
        expect(String(number).replace(/\D/g, "").length).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it.each(Object.entries(carrierFacts))(
    "%s's number from abroad, if any, is its number from any phone behind Peru's +51, without the domestic 0",
    (_, carrier) => {
      const { fromAbroad, anyPhone } = carrier.customerService;
      if (!fromAbroad) return;
      const domesticDigits = String(anyPhone.value).replace(/\D/g, "").replace(/^0/, "");
      expect(fromAbroad.value).toMatch(/^\+51 \d+( \d+)*$/);
      expect(String(fromAbroad.value).replace(/\D/g, "")).toBe(`51${domesticDigits}`);
    },
  );

  it.each(Object.entries(carrierFacts))("%s's own app is named for it", (_, carrier) => {
    expect(carrier.app.value).toBe(`Mi ${carrier.name}`);
  });

  it("each carrier has its own name, and the user can pick each of them", () => {
    const names = Object.values(carrierFacts).map((carrier) => carrier.name);
    expect(new Set(names).size).toBe(names.length);
    for (const id of Object.keys(carrierFacts)) expect(carriers).toContain(id);
  });

  it("OSIPTEL's help line and the IMEI code are dialable", () => {
    expect(afterRequest.fonoAyuda.value).toMatch(dialable);
    expect(lossAndTheft.imeiDialCode.value).toMatch(/^[*#\d]+#$/);
    expect(claroPasaSaldo.code.value).toMatch(/^[*#\d]+#$/);
  });

  it.each([
    ["Quiero salirme", afterRequest.quieroSalirme],
    ["Checa tus líneas", checaTusLineas],
  ] as const)("OSIPTEL's %s service is on the regulator's own site", (_, service) => {
    const { protocol, hostname } = new URL(String(service.value));
    expect(protocol).toBe("https:");
    expect(hostname).toMatch(/(^|\.)osiptel\.gob\.pe$/);
  });

  it("the periods the user is told about are whole days (or months) to count", () => {
    const periods = [
      ...bajaDeadline.rules,
      latestChosenDateMonths,
      deceasedHolderChange,
      numberReassignedAfterDays,
      claroReplacementDays,
      afterRequest.appealDays,
      afterRequest.reclamoNotifyDays,
      lossAndTheft.simReplacementHours,
    ];
    for (const period of periods)
      expect(Number.isInteger(period.value) && Number(period.value) > 0).toBe(true);
  });
});

describe("the shape a fact must have", () => {
  it("a fact made from a value and its sources is dated with the first reading of the research", () => {
    const made = fact("123", [press("https://gestion.pe/a")]);
    expect(made).toEqual({
      value: "123",
      sources: [{ url: "https://gestion.pe/a", kind: "press" }],
      lastVerified: "2026-11-25",
    });
    expect(factSchema.safeParse(made).success).toBe(true);
  });

  it.each(["http://osiptel.gob.pe", "shttps://osiptel.gob.pe", "osiptel.gob.pe", ""])(
    "refuses the source %j: a source is a secure web address",
    (url) => {
      expect(sourceSchema.safeParse({ url, kind: "osiptel" }).success).toBe(false);
    },
  );

  it.each(sourceKinds)("accepts the kind of source %s", (kind) => {
    expect(sourceSchema.safeParse({ url: "https://osiptel.gob.pe", kind }).success).toBe(true);
  });

  it("refuses an unknown kind of source, a fact with no source, and a date that is not one", () => {
    const sourced = fact(null, [press("https://gestion.pe/a")]);
    expect(sourceSchema.safeParse({ url: "https://gestion.pe", kind: "blog" }).success).toBe(false);
    expect(factSchema.safeParse({ ...sourced, sources: [] }).success).toBe(false);
    expect(factSchema.safeParse({ ...sourced, lastVerified: "soon" }).success).toBe(false);
  });
});

describe("a rule that changed on a date", () => {
  it("the baja deadline is 5 business days the day before the new norm starts, and 1 from that day", () => {
    expect(ruleInForce(bajaDeadline, "2026-03-25")).toMatchObject({
      value: 5,
      norm: "Res. 172-2022-CD/OSIPTEL",
    });
    expect(ruleInForce(bajaDeadline, "2026-03-26")).toMatchObject({
      value: 1,
      norm: "Res. 000132-2025-CD/OSIPTEL",
      startToBeConfirmed: true,
    });
    expect(ruleInForce(bajaDeadline, "2027-01-01").value).toBe(1);
  });

  it("the new norm's start is flagged as to be confirmed, and every rule names its norm and sources", () => {
    const [old, current] = bajaDeadline.rules;
    expect(old.from).toBeNull();
    expect(current?.startToBeConfirmed).toBe(true);
    for (const rule of bajaDeadline.rules) expect(rule.sources.length).toBeGreaterThan(0);
  });
});

describe("the carriers with facts", () => {
  it("are exactly the carriers the carrier question names as known, so that the flow never asks for missing facts", () => {
    expect(Object.keys(carrierFacts)).toEqual([...knownCarriers]);
  });
});

describe("a fact's marks", () => {
  const source = press("https://example.org/news");

  it("a fact whose sources differ, or that rests on press only, says so; any other carries no mark at all", () => {
    expect(fact(1, [source])).toStrictEqual({
      value: 1,
      sources: [source],
      lastVerified: verifiedOn.firstPass,
    });
    expect(fact(1, [source], { sourcesDiffer: true, pressOnly: true })).toStrictEqual({
      value: 1,
      sources: [source],
      lastVerified: verifiedOn.firstPass,
      sourcesDiffer: true,
      pressOnly: true,
    });
  });

  it("a rule is cited with its norm, and whether its start is still to be confirmed", () => {
    expect(citeRule(bajaDeadline, "2026-03-25").norm).toEqual({
      name: "Res. 172-2022-CD/OSIPTEL",
      from: null,
      startToBeConfirmed: false,
    });
    expect(citeRule(bajaDeadline, "2026-03-26").norm).toEqual({
      name: "Res. 000132-2025-CD/OSIPTEL",
      from: "2026-03-26",
      startToBeConfirmed: true,
    });
  });
});
