import { describe, expect, it } from "vitest";
import { claroReplacementDays } from "../../src/content/carriers/claro.ts";
import { carrierFacts, isKnownCarrier } from "../../src/content/carriers/index.ts";
import { fact, factSchema } from "../../src/content/fact.ts";
import { osiptel } from "../../src/content/osiptel.ts";
import { carriers } from "../../src/flow/answerOptions.ts";

const contentModules = import.meta.glob<Record<string, unknown>>("/src/content/**/*.ts", { eager: true });

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Anything carrying a part of a fact is meant to be one. */
const looksLikeFact = (value: Record<string, unknown>) =>
  ["value", "source", "lastVerified", "confidence"].some((key) => key in value);

/** Every fact-like object the content modules export, however deeply nested, with where it was found. */
function exportedFacts(): { where: string; candidate: Record<string, unknown> }[] {
  const found: { where: string; candidate: Record<string, unknown> }[] = [];
  const visit = (value: unknown, where: string) => {
    if (!isPlainObject(value)) return;
    if (looksLikeFact(value)) found.push({ where, candidate: value });
    else for (const [key, inner] of Object.entries(value)) visit(inner, `${where}.${key}`);
  };
  for (const [path, exports] of Object.entries(contentModules)) {
    for (const [name, value] of Object.entries(exports)) visit(value, `${path} ${name}`);
  }
  return found;
}

describe("facts in src/content", () => {
  const facts = exportedFacts();

  it("are found in every module that holds some", () => {
    expect(facts.length).toBeGreaterThan(30);
    const modulesWithFacts = new Set(facts.map(({ where }) => where.split(" ")[0]));
    for (const carrier of ["claro", "movistar", "entel", "bitel"]) {
      expect(modulesWithFacts).toContain(`/src/content/carriers/${carrier}.ts`);
    }
    expect(modulesWithFacts).toContain("/src/content/osiptel.ts");
  });

  it("each have a value (or null), an https source, a lastVerified date and a confidence", () => {
    const invalid = facts
      .filter(({ candidate }) => !factSchema.safeParse(candidate).success)
      .map(({ where }) => where);
    expect(invalid).toEqual([]);
  });

  it("were each verified on a real calendar day, not in the future", () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const { where, candidate } of facts) {
      const { lastVerified } = factSchema.parse(candidate);
      expect(new Date(lastVerified).toISOString().slice(0, 10), where).toBe(lastVerified);
      expect(lastVerified <= today, `${where} verified ${lastVerified}, after today`).toBe(true);
    }
  });

  it("give each carrier every fact of a carrier, not just its name", () => {
    for (const [id, carrier] of Object.entries(carrierFacts)) {
      const { name, ...carrierOwnFacts } = carrier;
      expect(name, id).not.toBe("");
      for (const [factName, fact] of Object.entries(carrierOwnFacts)) {
        expect(factSchema.safeParse(fact).success, `${id}.${factName}`).toBe(true);
      }
    }
  });
});

/** What a phone keypad can dial: digits, with the spaces and brackets a printed number groups them with. */
const dialable = /^\(?\d+\)?( ?\d+)*$/;

describe("what the user is told to dial, open or visit", () => {
  it.each(Object.entries(carrierFacts))(
    "%s's numbers for a loss or theft are dialable numbers",
    (_, carrier) => {
      for (const number of [carrier.lossTheftFromOwnLine.value, carrier.lossTheftFromAnyPhone.value]) {
        expect(number).toMatch(dialable);
        expect(String(number).replace(/\D/g, "").length).toBeGreaterThanOrEqual(3);
      }
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
    expect(osiptel.fonoAyuda.value).toMatch(dialable);
    expect(osiptel.imeiDialCode.value).toMatch(/^[*#\d]+#$/);
  });

  it.each(["quieroSalirme", "checaTusLineas"] as const)(
    "OSIPTEL's %s service is on the regulator's own site",
    (id) => {
      const { protocol, hostname } = new URL(String(osiptel[id].value));
      expect(protocol).toBe("https:");
      expect(hostname).toMatch(/(^|\.)osiptel\.gob\.pe$/);
    },
  );

  it("the periods the user is told about are whole days (or months) to count", () => {
    const periods = [
      osiptel.businessDaysToCancel,
      osiptel.deceasedHolderChange,
      osiptel.numberReassignedAfterDays,
      claroReplacementDays,
      carrierFacts.bitel.representativeRequirements,
    ];
    for (const period of periods)
      expect(Number.isInteger(period.value) && Number(period.value) > 0).toBe(true);
  });
});

describe("the shape a fact must have", () => {
  const sourced = (source: string) => fact(null, source, "high");

  it("a fact made from a value, a source and a confidence is dated with the day of the research", () => {
    const made = fact("123", "https://osiptel.gob.pe", "medium");
    expect(made).toEqual({
      value: "123",
      source: "https://osiptel.gob.pe",
      lastVerified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      confidence: "medium",
    });
    expect(factSchema.safeParse(made).success).toBe(true);
  });

  it.each([
    "http://osiptel.gob.pe",
    "shttps://osiptel.gob.pe",
    "httpss://osiptel.gob.pe",
    "osiptel.gob.pe",
    "",
  ])("refuses the source %j: a source is a secure web address", (source) => {
    expect(factSchema.safeParse(sourced(source)).success).toBe(false);
  });

  it.each(["high", "medium", "low"] as const)("accepts the confidence %s", (confidence) => {
    expect(factSchema.safeParse(fact(null, "https://osiptel.gob.pe", confidence)).success).toBe(true);
  });

  it("refuses an unknown confidence and a date that is not one", () => {
    expect(
      factSchema.safeParse({ ...sourced("https://osiptel.gob.pe"), confidence: "certain" }).success,
    ).toBe(false);
    expect(factSchema.safeParse({ ...sourced("https://osiptel.gob.pe"), lastVerified: "soon" }).success).toBe(
      false,
    );
  });
});

describe("isKnownCarrier", () => {
  it.each([
    ["claro", true],
    ["movistar", true],
    ["entel", true],
    ["bitel", true],
    ["other", false],
    ["notSure", false],
    [undefined, false],
  ] as const)("the carrier %s is one the app has facts on: %s", (carrier, known) => {
    expect(isKnownCarrier(carrier)).toBe(known);
  });

  it("does not take a name every object has (toString) for a carrier", () => {
    expect(isKnownCarrier("toString")).toBe(false);
    expect(isKnownCarrier("constructor")).toBe(false);
  });
});
