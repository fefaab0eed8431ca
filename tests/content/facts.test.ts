import { describe, expect, it } from "vitest";
import { carrierFacts } from "../../src/content/carriers/index.ts";
import { factSchema } from "../../src/content/fact.ts";

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
