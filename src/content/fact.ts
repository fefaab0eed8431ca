import * as z from "zod/mini";

/** How far a fact can be trusted: the regulator's or carrier's own words, a reputable secondary page, or an inference. */
const confidences = ["high", "medium", "low"] as const;

export const factSchema = z.object({
  /** The number, address or figure itself; null when no source gives it (the page then says to ask the carrier). */
  value: z.nullable(z.union([z.string(), z.number()])),
  source: z.url({ protocol: /^https$/ }),
  lastVerified: z.iso.date(),
  confidence: z.enum(confidences),
});

export type Fact = z.infer<typeof factSchema>;

const researchDate = "2026-11-25";

export const fact = (value: Fact["value"], source: string, confidence: Fact["confidence"]): Fact => ({
  value,
  source,
  lastVerified: researchDate,
  confidence,
});
