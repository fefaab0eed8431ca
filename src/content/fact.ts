import * as z from "zod/mini";

/**
 * Who says it: the text of a regulation, OSIPTEL's own pages, a carrier's own page, the press (often quoting
 * OSIPTEL), or our own inference from one of those (named by its address).
 */
export const sourceKinds = ["regulation", "osiptel", "government", "carrier", "press", "inference"] as const;

export const sourceSchema = z.object({
  url: z.url({ protocol: /^https$/ }),
  kind: z.enum(sourceKinds),
});

export type Source = z.infer<typeof sourceSchema>;

const factValueSchema = z.nullable(z.union([z.string(), z.number()]));

export const factSchema = z.object({
  /** The number, address or figure itself; null when the fact is a statement with no figure in it. */
  value: factValueSchema,
  /** The best source first. */
  sources: z.tuple([sourceSchema], sourceSchema),
  lastVerified: z.iso.date(),
  /** The sources do not agree: the page says so in a sentence of its own instead of choosing silently. */
  sourcesDiffer: z.optional(z.literal(true)),
  /** Known to rest on the press alone, though it drives a date the app works out: kept until a primary text is found. */
  pressOnly: z.optional(z.literal(true)),
});

export type Fact = z.infer<typeof factSchema>;

/** A rule as one norm sets it, from the day that norm took effect (null: for as far back as the app looks). */
export const ruleSchema = z.object({
  from: z.nullable(z.iso.date()),
  value: z.number(),
  /** The norm's name, as Peruvian law cites it (e.g. "Res. 172-2022-CD/OSIPTEL"). */
  norm: z.string().check(z.minLength(1)),
  /** The start date rests on no primary text yet: the page says it is to be confirmed. */
  startToBeConfirmed: z.optional(z.literal(true)),
  /** Known to rest on the press alone: kept until a primary text is found. */
  pressOnly: z.optional(z.literal(true)),
  sources: z.tuple([sourceSchema], sourceSchema),
});

export type Rule = z.infer<typeof ruleSchema>;

/** A fact whose value changed on a date: one rule per norm, oldest first. */
export const datedFactSchema = z.object({
  rules: z.tuple([ruleSchema], ruleSchema),
  lastVerified: z.iso.date(),
});

export type DatedFact = z.infer<typeof datedFactSchema>;

/** An ISO date (YYYY-MM-DD); ISO dates compare as strings in date order. */
export type IsoDate = string;

/** The rule in force on a day: the latest one that had started by then. */
export function ruleInForce(fact: DatedFact, day: IsoDate): Rule {
  const [oldest, ...later] = fact.rules;
  return later.reduce((inForce, rule) => (rule.from !== null && rule.from <= day ? rule : inForce), oldest);
}

/** The day of the reading of the research each fact was last checked against. */
export const verifiedOn = {
  firstPass: "2026-11-25",
  primarySources: "2026-11-26",
  /** The December audit of every claim against newer sources. */
  audit: "2026-12-03",
} as const;

const sourceOf =
  (kind: Source["kind"]) =>
  (url: string): Source => ({ url, kind });

export const regulation = sourceOf("regulation");
export const osiptelPage = sourceOf("osiptel");
/** Another Peruvian state body's own page: gob.pe, a consulate. */
export const governmentPage = sourceOf("government");
export const carrierPage = sourceOf("carrier");
export const press = sourceOf("press");
/** Our own reading of the page at this address: e.g. a holiday of next year worked out from the law. */
export const inferredFrom = sourceOf("inference");

type FactOptions = { verified?: string; sourcesDiffer?: true; pressOnly?: true };

/** A fact with its sources, best first, checked on the given reading (the first pass unless said otherwise). */
export function fact(
  value: Fact["value"],
  sources: [Source, ...Source[]],
  { verified = verifiedOn.firstPass, sourcesDiffer, pressOnly }: FactOptions = {},
): Fact {
  return {
    value,
    sources,
    lastVerified: verified,
    ...(sourcesDiffer && { sourcesDiffer }),
    ...(pressOnly && { pressOnly }),
  };
}

/** What a page shows under a statement: where it comes from, when that was checked, and the norm it follows. */
export type Citation = {
  sources: readonly Source[];
  lastVerified: IsoDate;
  norm?: { name: string; from: IsoDate | null; startToBeConfirmed: boolean };
};

const citeOne = (fact: DatedFact, rule: Rule): Citation & { value: number } => ({
  value: rule.value,
  sources: rule.sources,
  lastVerified: fact.lastVerified,
  norm: { name: rule.norm, from: rule.from, startToBeConfirmed: rule.startToBeConfirmed === true },
});

/** The rule in force on a day, cited with its norm. */
export const citeRule = (fact: DatedFact, day: IsoDate) => citeOne(fact, ruleInForce(fact, day));

/** Every rule the fact has had, each cited with its norm: for a sentence that compares them. */
export const citeEveryRule = (fact: DatedFact) => fact.rules.map((rule) => citeOne(fact, rule));
