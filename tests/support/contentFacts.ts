import { datedFactSchema, factSchema } from "../../src/content/fact.ts";
import type { FactEntry } from "../../src/content/factReport.ts";
import { dateDrivingFacts } from "../../src/flow/dateDrivingFacts.ts";

const contentModules = import.meta.glob<Record<string, unknown>>("/src/content/**/*.ts", { eager: true });

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Anything carrying a part of a fact (or of a dated fact) is meant to be one. */
const looksLikeFact = (value: Record<string, unknown>) =>
  ["sources", "lastVerified", "rules"].some((key) => key in value);

export const isDated = (candidate: Record<string, unknown>) => "rules" in candidate;

export type FoundFact = { where: string; candidate: Record<string, unknown> };

/** Every fact-like object the content modules export, however deeply nested, with where it was found. */
export function exportedFacts(): FoundFact[] {
  const found: FoundFact[] = [];
  const visit = (value: unknown, where: string) => {
    if (Array.isArray(value)) {
      for (const [index, inner] of value.entries()) visit(inner, `${where}[${index}]`);
    }
    if (!isPlainObject(value)) return;
    if (looksLikeFact(value)) found.push({ where, candidate: value });
    else for (const [key, inner] of Object.entries(value)) visit(inner, `${where}.${key}`);
  };
  for (const [path, exports] of Object.entries(contentModules)) {
    for (const [name, value] of Object.entries(exports)) visit(value, `${path} ${name}`);
  }
  return found;
}

/** Each fact once (a module that gathers others exports them again), under the first name it was found by. */
const distinctFacts = () => {
  const byIdentity = new Map<object, FoundFact>();
  for (const found of exportedFacts())
    if (!byIdentity.has(found.candidate)) byIdentity.set(found.candidate, found);
  return [...byIdentity.values()];
};

/** Every fact, and every rule of a dated fact, as the maintainer's report lists them. */
export function factEntries(): FactEntry[] {
  return distinctFacts().flatMap(({ where, candidate }) => {
    const name = where.split(" ")[1] ?? where;
    const drivesADate = dateDrivingFacts.has(candidate);
    if (!isDated(candidate)) {
      const { sources, lastVerified, pressOnly } = factSchema.parse(candidate);
      return [{ name, sources, lastVerified, drivesADate, ...(pressOnly && { pressOnly }) }];
    }
    const { rules, lastVerified } = datedFactSchema.parse(candidate);
    return rules.map(({ norm, sources, pressOnly }) => ({
      name: `${name} (${norm})`,
      sources,
      lastVerified,
      drivesADate,
      ...(pressOnly && { pressOnly }),
    }));
  });
}
