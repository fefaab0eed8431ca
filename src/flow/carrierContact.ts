import type { CarrierFacts, PhoneNumbers } from "../content/carriers/carrier.ts";
import { carrierFacts } from "../content/carriers/index.ts";
import type { Answers } from "./answers.ts";
import { carriersToContact, isAbroad, isLostOrStolen } from "./rules.ts";

/** What a page, the print and the downloaded plan give as the way to reach the carrier. */
export type CarrierContact =
  /** A carrier we have no facts on: where to look instead. */
  | { kind: "noNumbers" }
  /** The carrier is not known yet: every carrier's customer service. */
  | { kind: "everyCarrier"; carriers: CarrierFacts[]; fromAbroad: boolean }
  /**
   * The line's carrier, with the numbers that block a lost or stolen line when it is one. From abroad, the number
   * that can be dialled from there, or none.
   */
  | { kind: "oneCarrier"; carrier: CarrierFacts; lossAndTheft: PhoneNumbers | null; fromAbroad: boolean };

export function carrierContact(answers: Answers): CarrierContact {
  const carriers = carriersToContact(answers).map((carrier) => carrierFacts[carrier]);
  const [carrier, ...others] = carriers;
  if (!carrier) return { kind: "noNumbers" };
  const fromAbroad = isAbroad(answers);
  if (others.length > 0) return { kind: "everyCarrier", carriers, fromAbroad };
  return {
    kind: "oneCarrier",
    carrier,
    lossAndTheft: isLostOrStolen(answers) ? carrier.lossAndTheft : null,
    fromAbroad,
  };
}
